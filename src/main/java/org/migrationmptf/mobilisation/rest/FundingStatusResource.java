package org.migrationmptf.mobilisation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migrationmptf.mobilisation.api.FundingStatusView;
import org.migrationmptf.mobilisation.api.ResourceMobilisation;
import org.migrationmptf.platform.security.Roles;

/**
 * The funding status, as the MPTF Office publishes it, for readers and contributors.
 * (JAX-RS picks one root resource per request by its literal path; each money resource therefore has its own
 * literal segment after the fund's code, so that governance's /funds/{code}/... stay reachable.)
 */
@Path("/funds/{code}/funding-status")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.AUDITOR})
@Tag(name = "Fund money", description = "Agreements, deposits, ledger, availability, commitments, transfers, funding status")
public class FundingStatusResource {

    @Inject
    ResourceMobilisation mobilisation;

    @PathParam("code")
    String fund;

    @GET
    @RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.AUDITOR, Roles.CONTRIBUTOR})
    @Operation(summary = "The funding status as of a day (asOf=YYYY-MM-DD, default today)")
    public FundingStatusView fundingStatus(@QueryParam("asOf") LocalDate asOf) {
        return mobilisation.fundingStatus(fund, asOf);
    }
}
