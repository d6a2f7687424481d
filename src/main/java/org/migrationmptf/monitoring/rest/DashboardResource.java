package org.migrationmptf.monitoring.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migrationmptf.monitoring.api.Dashboard;
import org.migrationmptf.monitoring.api.DashboardView;
import org.migrationmptf.platform.security.Roles;

/** The fund's dashboard in one answer. */
@Path("/funds/{code}/dashboard")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.CONTRIBUTOR, Roles.AUDITOR})
@Tag(name = "Monitoring", description = "Results frameworks, progress and expenditure reports, reporting calendar")
public class DashboardResource {

    @Inject
    Dashboard dashboard;

    @GET
    @Operation(summary = "Contributions against the target, allocations by thematic area, region, organisation, scope"
            + " and status, the pipeline against the money available (FMU, committee, auditors), delivery per"
            + " organisation and programme, marker scores, GCM objective coverage by money (a programme counts fully"
            + " toward each objective its concept note addresses, and in each region it works in), overdue reports."
            + " Summed in the database: a fixed number of SQL statements whatever the number of programmes")
    public DashboardView dashboard(@PathParam("code") String fund) {
        return dashboard.dashboard(fund);
    }
}
