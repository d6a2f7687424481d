package org.migrationmptf.mobilisation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migrationmptf.mobilisation.api.DepositRequest;
import org.migrationmptf.mobilisation.api.DepositView;
import org.migrationmptf.mobilisation.api.ResourceMobilisation;
import org.migrationmptf.platform.security.Roles;

/**
 * Deposits: valued and booked with the Administrative Agent's fee, by the Administrative Agent.
 * (JAX-RS picks one root resource per request by its literal path; each money resource therefore has its own
 * literal segment after the fund's code, so that governance's /funds/{code}/... stay reachable.)
 */
@Path("/funds/{code}/deposits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.AUDITOR})
@Tag(name = "Fund money", description = "Agreements, deposits, ledger, availability, commitments, transfers, funding status")
public class DepositResource {

    @Inject
    ResourceMobilisation mobilisation;

    @PathParam("code")
    String fund;

    @POST
    @Path("/preview")
    @RolesAllowed(Roles.ADMIN_AGENT)
    @Operation(summary = "What a deposit would book (USD value, fee) without booking it")
    public DepositView preview(DepositRequest request) {
        return mobilisation.previewDeposit(fund, request);
    }

    @POST
    @RolesAllowed(Roles.ADMIN_AGENT)
    @Operation(summary = "Record a deposit and the Administrative Agent's fee on it (Idempotency-Key header)")
    public Response deposit(@HeaderParam(Idempotency.HEADER) String key, DepositRequest request) {
        return Response.status(Response.Status.CREATED).entity(mobilisation.recordDeposit(fund, request, key)).build();
    }
}
