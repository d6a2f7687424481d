package org.migrationmptf.programming.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.migrationmptf.governance.api.CountryView;
import org.migrationmptf.governance.api.ReferenceData;
import org.migrationmptf.mobilisation.api.FundMoney;
import org.migrationmptf.mobilisation.api.Pool;
import org.migrationmptf.mobilisation.api.PoolAvailability;
import org.migrationmptf.platform.problem.BusinessRuleException;
import org.migrationmptf.programming.domain.ProgrammeCountry;

/**
 * The earmark pools a note or programme may draw from (its countries, their regions, its thematic area,
 * unearmarked money) and what they have available, as the ledger says.
 */
@RequestScoped
public class EarmarkPools {

    @Inject
    ReferenceData referenceData;

    @Inject
    FundMoney fundMoney;

    private Map<String, CountryView> countries;

    private final Map<String, List<PoolAvailability>> availability = new java.util.HashMap<>();

    /** The countries by code with their regions; an unknown code is the caller's mistake in {@code countries}. */
    public List<ProgrammeCountry> countries(Collection<String> codes) {
        return new TreeSet<>(codes).stream().map(code -> new ProgrammeCountry(code, country(code).region())).toList();
    }

    public List<String> pools(int thematicArea, Collection<String> countryCodes) {
        List<ProgrammeCountry> located = countries(countryCodes);
        return Pool.forProgramme(thematicArea, countryCodes, located.stream().map(ProgrammeCountry::region)
                .filter(java.util.Objects::nonNull).collect(Collectors.toCollection(TreeSet::new)));
    }

    /** What these pools together have available for new approvals. */
    public BigDecimal available(String fund, List<String> pools) {
        return availability(fund).stream().filter(p -> pools.contains(p.pool()))
                .map(p -> new BigDecimal(p.available().amount()).max(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What the whole fund has available for new approvals. */
    public BigDecimal available(String fund) {
        return availability(fund).stream().map(PoolAvailability::available)
                .map(m -> new BigDecimal(m.amount()).max(BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The fund's pools, read once per request (a ranking asks for each note's). */
    private List<PoolAvailability> availability(String fund) {
        return availability.computeIfAbsent(fund, fundMoney::availability);
    }

    private CountryView country(String code) {
        if (countries == null) {
            countries = referenceData.allCountries().stream().collect(Collectors.toMap(CountryView::code, c -> c));
        }
        CountryView country = countries.get(code);
        if (country == null) {
            throw new BusinessRuleException("countries", "No country has the code " + code);
        }
        return country;
    }
}
