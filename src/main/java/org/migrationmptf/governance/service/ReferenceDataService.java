package org.migrationmptf.governance.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import org.migrationmptf.governance.api.BudgetCategoryView;
import org.migrationmptf.governance.api.CountryFilter;
import org.migrationmptf.governance.api.CountryView;
import org.migrationmptf.governance.api.GcmObjectiveView;
import org.migrationmptf.governance.api.GuidingPrincipleView;
import org.migrationmptf.governance.api.MarkerView;
import org.migrationmptf.governance.api.ReferenceData;
import org.migrationmptf.governance.api.SdgIndicatorView;
import org.migrationmptf.governance.api.ThematicAreaView;
import org.migrationmptf.governance.domain.BudgetCategory;
import org.migrationmptf.governance.domain.Country;
import org.migrationmptf.governance.domain.GuidingPrinciple;
import org.migrationmptf.governance.domain.Marker;
import org.migrationmptf.governance.domain.SdgIndicator;
import org.migrationmptf.governance.domain.Fund;
import org.migrationmptf.platform.problem.RecordNotFoundException;
import org.migrationmptf.platform.security.Roles;
import org.migrationmptf.platform.web.Like;
import org.migrationmptf.platform.web.Page;
import org.migrationmptf.platform.web.PageRequest;

/**
 * Reads the reference data; every role may. Each list costs one or two queries (fetch joins where a record has
 * children). Thematic areas are the default fund's (the Migration MPTF unless configured otherwise).
 */
@Stateless
@RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.PUNO_FOCAL_POINT, Roles.CONTRIBUTOR,
        Roles.AUDITOR})
public class ReferenceDataService implements ReferenceData {

    @PersistenceContext
    EntityManager em;

    @Inject
    GovernanceSettings settings;

    @Override
    public List<GcmObjectiveView> gcmObjectives() {
        return ThematicAreasQuery.objectives(em, defaultFund());
    }

    @Override
    public List<ThematicAreaView> thematicAreas() {
        return ThematicAreasQuery.areas(em, defaultFund());
    }

    @Override
    public List<GuidingPrincipleView> guidingPrinciples() {
        return em.createNamedQuery("GuidingPrinciple.findAll", GuidingPrinciple.class).getResultList().stream()
                .map(p -> new GuidingPrincipleView(p.getNumber(), p.getName(), p.getDescription()))
                .toList();
    }

    @Override
    public List<MarkerView> markers() {
        return em.createNamedQuery("Marker.findAllWithScale", Marker.class).getResultList().stream()
                .map(m -> new MarkerView(m.getCode(), m.getName(), scale(m.getScale())))
                .toList();
    }

    @Override
    public List<SdgIndicatorView> sdgIndicators() {
        return em.createNamedQuery("SdgIndicator.findAll", SdgIndicator.class).getResultList().stream()
                .map(i -> new SdgIndicatorView(i.getCode(), i.getTarget(), i.getDescription()))
                .toList();
    }

    @Override
    public List<BudgetCategoryView> budgetCategories() {
        return em.createNamedQuery("BudgetCategory.findAll", BudgetCategory.class).getResultList().stream()
                .map(c -> new BudgetCategoryView(c.getCode(), c.getName(), c.isDirect()))
                .toList();
    }

    @Override
    public Page<CountryView> countries(CountryFilter filter, PageRequest page) {
        TypedQuery<Country> query = withFilter(em.createNamedQuery("Country.search", Country.class), filter);
        List<Country> rows = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = withFilter(em.createNamedQuery("Country.count", Long.class), filter).getSingleResult();
        return Page.of(rows, page, total).map(ReferenceDataService::view);
    }

    @Override
    public List<CountryView> allCountries() {
        return em.createNamedQuery("Country.findAll", Country.class).getResultList().stream()
                .map(ReferenceDataService::view)
                .toList();
    }

    @Override
    public CountryView country(String alpha3Code) {
        Country country = alpha3Code == null ? null : em.find(Country.class, alpha3Code.strip().toUpperCase());
        if (country == null) {
            throw new RecordNotFoundException("code", "No country has the ISO 3166-1 alpha-3 code " + alpha3Code);
        }
        return view(country);
    }

    private Fund defaultFund() {
        return FundLookup.byCode(em, settings.defaultFund());
    }

    private static <T> TypedQuery<T> withFilter(TypedQuery<T> query, CountryFilter filter) {
        String q = filter.q();
        return query.setParameter("region", filter.region())
                .setParameter("subRegion", filter.subRegion())
                .setParameter("name", q == null ? null : Like.containing(q))
                .setParameter("code", q);
    }

    private static List<MarkerView.Score> scale(Map<Integer, String> scale) {
        return scale.entrySet().stream().map(e -> new MarkerView.Score(e.getKey(), e.getValue())).toList();
    }

    private static CountryView view(Country c) {
        return new CountryView(c.getCode(), c.getAlpha2(), c.getNumericCode(), c.getName(), c.getRegion(),
                c.getSubRegion());
    }
}
