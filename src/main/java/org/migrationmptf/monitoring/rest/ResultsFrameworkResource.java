package org.migrationmptf.monitoring.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migrationmptf.monitoring.api.ProgrammeReporting;
import org.migrationmptf.monitoring.api.ResultsFrameworkRequest;
import org.migrationmptf.monitoring.api.ResultsFrameworkView;
import org.migrationmptf.platform.security.Roles;

/** A programme's results framework: outcomes, outputs, indicators; read by whoever may read the programme. */
@Path("/programmes/{id}/results-framework")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.PUNO_FOCAL_POINT, Roles.CONTRIBUTOR,
        Roles.AUDITOR})
@Tag(name = "Monitoring", description = "Results frameworks, progress and expenditure reports, reporting calendar")
public class ResultsFrameworkResource {

    @Inject
    ProgrammeReporting reporting;

    @PathParam("id")
    long programme;

    @GET
    @Operation(summary = "The results framework with each indicator's latest accepted actual value")
    public ResultsFrameworkView get() {
        return reporting.resultsFramework(programme);
    }

    @PUT
    @RolesAllowed({Roles.FUND_MANAGER, Roles.PUNO_FOCAL_POINT})
    @Operation(summary = "Set the whole framework (the lead organisation or the FMU; 409 once progress is reported)")
    public ResultsFrameworkView set(ResultsFrameworkRequest request) {
        return reporting.setResultsFramework(programme, request);
    }
}
