package org.migrationmptf.monitoring.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migrationmptf.monitoring.api.ProgrammeReporting;
import org.migrationmptf.monitoring.api.ProgressReportRequest;
import org.migrationmptf.monitoring.api.ProgressReportView;
import org.migrationmptf.monitoring.api.ReviewDecision;
import org.migrationmptf.platform.security.Roles;

/** A programme's progress reports: a participating organisation's focal point submits, the FMU reviews. */
@Path("/programmes/{id}/progress-reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.PUNO_FOCAL_POINT, Roles.CONTRIBUTOR,
        Roles.AUDITOR})
@Tag(name = "Monitoring", description = "Results frameworks, progress and expenditure reports, reporting calendar")
public class ProgressReportResource {

    @Inject
    ProgrammeReporting reporting;

    @PathParam("id")
    long programme;

    @GET
    @Operation(summary = "Progress reports, by period")
    public List<ProgressReportView> list() {
        return reporting.progressReports(programme);
    }

    @GET
    @Path("/{report}")
    @Operation(summary = "One progress report")
    public ProgressReportView get(@PathParam("report") long report) {
        return reporting.progressReport(programme, report);
    }

    @POST
    @RolesAllowed(Roles.PUNO_FOCAL_POINT)
    @Operation(summary = "Submit (or, once returned, submit again) the report of a period: narrative and actual values")
    public Response submit(ProgressReportRequest request) {
        return Response.status(Response.Status.CREATED).entity(reporting.submitProgressReport(programme, request)).build();
    }

    @POST
    @Path("/{report}/review")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(summary = "Accept, or return with a comment")
    public ProgressReportView review(@PathParam("report") long report, ReviewDecision decision) {
        return reporting.reviewProgressReport(programme, report, decision);
    }
}
