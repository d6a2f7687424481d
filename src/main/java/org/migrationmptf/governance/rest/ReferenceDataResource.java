package org.migrationmptf.governance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migrationmptf.governance.api.BudgetCategoryView;
import org.migrationmptf.governance.api.CountryFilter;
import org.migrationmptf.governance.api.CountryView;
import org.migrationmptf.governance.api.GcmObjectiveView;
import org.migrationmptf.governance.api.GuidingPrincipleView;
import org.migrationmptf.governance.api.MarkerView;
import org.migrationmptf.governance.api.ReferenceData;
import org.migrationmptf.governance.api.SdgIndicatorView;
import org.migrationmptf.governance.api.ThematicAreaView;
import org.migrationmptf.platform.security.Roles;
import org.migrationmptf.platform.web.Page;
import org.migrationmptf.platform.web.PageRequest;

/** Read-only reference data, for every role. The short, fixed lists come whole; countries are paged. */
@Path("/reference")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.PUNO_FOCAL_POINT, Roles.CONTRIBUTOR,
        Roles.AUDITOR})
@Tag(name = "Reference data", description = "The Global Compact's objectives and principles, thematic areas, "
        + "markers, SDG indicators, budget categories and countries. Readable by every role.")
public class ReferenceDataResource {

    @Inject
    ReferenceData referenceData;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv;qs=0.5", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;qs=0.5"})
    @Path("/gcm-objectives")
    @Operation(summary = "The 23 GCM objectives, with the thematic area each belongs to")
    public List<GcmObjectiveView> gcmObjectives() {
        return referenceData.gcmObjectives();
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv;qs=0.5", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;qs=0.5"})
    @Path("/thematic-areas")
    @Operation(summary = "The fund's thematic areas and the GCM objectives each holds")
    public List<ThematicAreaView> thematicAreas() {
        return referenceData.thematicAreas();
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv;qs=0.5", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;qs=0.5"})
    @Path("/guiding-principles")
    @Operation(summary = "The 10 guiding principles of the Global Compact")
    public List<GuidingPrincipleView> guidingPrinciples() {
        return referenceData.guidingPrinciples();
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv;qs=0.5", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;qs=0.5"})
    @Path("/markers")
    @Operation(summary = "The gender, human rights and child-sensitivity markers with their 0-3 scales")
    public List<MarkerView> markers() {
        return referenceData.markers();
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv;qs=0.5", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;qs=0.5"})
    @Path("/sdg-indicators")
    @Operation(summary = "SDG indicators results can be tagged with (10.7.1-10.7.4, 10.c.1)")
    public List<SdgIndicatorView> sdgIndicators() {
        return referenceData.sdgIndicators();
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv;qs=0.5", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;qs=0.5"})
    @Path("/budget-categories")
    @Operation(summary = "UNSDG budget categories, and indirect support costs")
    public List<BudgetCategoryView> budgetCategories() {
        return referenceData.budgetCategories();
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv;qs=0.5", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;qs=0.5"})
    @Path("/countries")
    @Operation(summary = "Countries and territories (ISO 3166-1) with UN M49 region, paged and filterable")
    public Page<CountryView> countries(@BeanParam @Valid CountryFilter filter, @BeanParam @Valid PageRequest page) {
        return referenceData.countries(filter, page);
    }

    @GET
    @Path("/countries/{code}")
    @Operation(summary = "One country by its ISO 3166-1 alpha-3 code")
    public CountryView country(@PathParam("code") String code) {
        return referenceData.country(code);
    }
}
