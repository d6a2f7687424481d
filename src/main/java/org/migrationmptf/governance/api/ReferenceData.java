package org.migrationmptf.governance.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.migrationmptf.platform.web.Page;
import org.migrationmptf.platform.web.PageRequest;

/**
 * The fund's reference data, for every module and every role: the Global Compact's objectives and guiding
 * principles, the thematic areas, the markers, SDG indicators, UNSDG budget categories and countries.
 */
public interface ReferenceData {

    List<GcmObjectiveView> gcmObjectives();

    List<ThematicAreaView> thematicAreas();

    List<GuidingPrincipleView> guidingPrinciples();

    List<MarkerView> markers();

    List<SdgIndicatorView> sdgIndicators();

    List<BudgetCategoryView> budgetCategories();

    /** Countries matching the filter, by name, one page at a time. */
    Page<CountryView> countries(@NotNull @Valid CountryFilter filter, @NotNull @Valid PageRequest page);

    /** All countries, by name (for pick lists and the staff page). */
    List<CountryView> allCountries();

    /** @throws org.migrationmptf.platform.problem.RecordNotFoundException for an unknown code */
    CountryView country(String alpha3Code);
}
