package org.migrationmptf.governance.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.migrationmptf.governance.api.BudgetCategoryView;
import org.migrationmptf.governance.api.CountryView;
import org.migrationmptf.governance.api.GcmObjectiveView;
import org.migrationmptf.governance.api.GuidingPrincipleView;
import org.migrationmptf.governance.api.MarkerView;
import org.migrationmptf.governance.api.ReferenceData;
import org.migrationmptf.governance.api.SdgIndicatorView;
import org.migrationmptf.governance.api.ThematicAreaView;

/**
 * Backs the reference-data pages. The lists are short and fixed (249 countries at most), so a page loads the
 * one it shows once and PrimeFaces filters, sorts and pages it in the view.
 */
@Named
@ViewScoped
public class ReferenceDataPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReferenceData referenceData;

    private List<GcmObjectiveView> objectives;
    private List<ThematicAreaView> thematicAreas;
    private List<GuidingPrincipleView> principles;
    private List<MarkerView> markers;
    private List<SdgIndicatorView> sdgIndicators;
    private List<BudgetCategoryView> budgetCategories;
    private List<CountryView> countries;
    private List<String> regions;

    // Each list is loaded when a page first asks for it: a page uses only some of them.

    public List<GcmObjectiveView> getObjectives() {
        if (objectives == null) {
            objectives = referenceData.gcmObjectives();
        }
        return objectives;
    }

    public List<ThematicAreaView> getThematicAreas() {
        if (thematicAreas == null) {
            thematicAreas = referenceData.thematicAreas();
        }
        return thematicAreas;
    }

    public List<GuidingPrincipleView> getPrinciples() {
        if (principles == null) {
            principles = referenceData.guidingPrinciples();
        }
        return principles;
    }

    public List<MarkerView> getMarkers() {
        if (markers == null) {
            markers = referenceData.markers();
        }
        return markers;
    }

    public List<SdgIndicatorView> getSdgIndicators() {
        if (sdgIndicators == null) {
            sdgIndicators = referenceData.sdgIndicators();
        }
        return sdgIndicators;
    }

    public List<BudgetCategoryView> getBudgetCategories() {
        if (budgetCategories == null) {
            budgetCategories = referenceData.budgetCategories();
        }
        return budgetCategories;
    }

    public List<CountryView> getCountries() {
        if (countries == null) {
            countries = referenceData.allCountries();
        }
        return countries;
    }

    /** The M49 regions present, for the region filter. */
    public List<String> getRegions() {
        if (regions == null) {
            regions = getCountries().stream().map(CountryView::region).filter(Objects::nonNull).distinct().sorted()
                    .toList();
        }
        return regions;
    }

    /** Titles of the objectives in an area, for the thematic-area page. */
    public List<GcmObjectiveView> objectivesOf(ThematicAreaView area) {
        return getObjectives().stream().filter(o -> o.thematicArea() == area.number()).toList();
    }
}
