package org.migrationmptf.monitoring.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migrationmptf.monitoring.service.export.FundExportService;
import org.migrationmptf.platform.security.Roles;

/** The fund's published files: the annual report (PDF) and the IATI 2.03 activity file. */
@Path("/funds/{code}/exports")
@RequestScoped
@RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.AUDITOR, Roles.CONTRIBUTOR})
@Tag(name = "Exports", description = "Annual report (PDF) and IATI 2.03 activity file of a fund")
public class ExportResource {

    @Inject
    FundExportService exports;

    @PathParam("code")
    String fund;

    @GET
    @Path("/annual-report.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The annual report of a year: funding status at 31 December, allocations, delivery, results")
    public Response annualReport(@QueryParam("year") @NotNull(message = "is required (e.g. year=2025)")
                                 @Min(value = 2000, message = "must be 2000 or later")
                                 @Max(value = 2999, message = "must be a year") Integer year) {
        return Response.ok(exports.annualReport(fund, year), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + fund + "-annual-report-" + year + ".pdf\"")
                .build();
    }

    @GET
    @Path("/iati.xml")
    @Produces("application/xml")
    @Operation(summary = "IATI 2.03 activity file: one activity per joint programme from approval on")
    public Response iati() {
        FundExportService.StreamedFile file = exports.iatiActivities(fund);
        return Response.ok((StreamingOutput) file::writeTo, "application/xml;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fund + "-iati-activities.xml\"")
                .build();
    }
}
