package org.migrationmptf.mobilisation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migrationmptf.mobilisation.api.FundMoney;
import org.migrationmptf.mobilisation.api.PoolAvailability;
import org.migrationmptf.platform.security.Roles;

/**
 * Money available for new approvals, per earmark pool.
 * (JAX-RS picks one root resource per request by its literal path; each money resource therefore has its own
 * literal segment after the fund's code, so that governance's /funds/{code}/... stay reachable.)
 */
@Path("/funds/{code}/availability")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.AUDITOR})
@Tag(name = "Fund money", description = "Agreements, deposits, ledger, availability, commitments, transfers, funding status")
public class AvailabilityResource {

    @Inject
    FundMoney money;

    @PathParam("code")
    String fund;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv;qs=0.5", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;qs=0.5"})
    @Operation(summary = "Money available for new approvals, per earmark pool")
    public List<PoolAvailability> availability() {
        return money.availability(fund);
    }
}
