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
import org.migrationmptf.monitoring.api.ExpenditureReportRequest;
import org.migrationmptf.monitoring.api.ExpenditureReportView;
import org.migrationmptf.monitoring.api.ProgrammeReporting;
import org.migrationmptf.monitoring.api.ReviewDecision;
import org.migrationmptf.platform.security.Roles;

/**
 * Yearly expenditure reports per organisation: a focal point submits its own organisation's; the FMU accepts
 * (booked in the ledger) or returns them.
 */
@Path("/programmes/{id}/expenditure-reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.PUNO_FOCAL_POINT, Roles.CONTRIBUTOR,
        Roles.AUDITOR})
@Tag(name = "Monitoring", description = "Results frameworks, progress and expenditure reports, reporting calendar")
public class ExpenditureReportResource {

    @Inject
    ProgrammeReporting reporting;

    @PathParam("id")
    long programme;

    @GET
    @Operation(summary = "Expenditure reports, by year and organisation")
    public List<ExpenditureReportView> list() {
        return reporting.expenditureReports(programme);
    }

    @POST
    @RolesAllowed(Roles.PUNO_FOCAL_POINT)
    @Operation(summary = "Submit the organisation's expenditure of a year by category (409 beyond what it received)")
    public Response submit(ExpenditureReportRequest request) {
        return Response.status(Response.Status.CREATED).entity(reporting.submitExpenditureReport(programme, request))
                .build();
    }

    @POST
    @Path("/{report}/review")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(summary = "Accept (booked in the ledger; the last report certifies final expenditure) or return")
    public ExpenditureReportView review(@PathParam("report") long report, ReviewDecision decision) {
        return reporting.reviewExpenditureReport(programme, report, decision);
    }
}
