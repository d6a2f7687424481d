package org.migrationmptf.mobilisation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migrationmptf.mobilisation.api.AgreementRequest;
import org.migrationmptf.mobilisation.api.AgreementView;
import org.migrationmptf.mobilisation.api.ResourceMobilisation;
import org.migrationmptf.platform.security.Roles;
import org.migrationmptf.platform.web.Page;
import org.migrationmptf.platform.web.PageRequest;

/**
 * Agreements of a fund: the Administrative Agent records them; readers and the contributor itself read them.
 * (JAX-RS picks one root resource per request by its literal path; each money resource therefore has its own
 * literal segment after the fund's code, so that governance's /funds/{code}/... stay reachable.)
 */
@Path("/funds/{code}/agreements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.AUDITOR})
@Tag(name = "Fund money", description = "Agreements, deposits, ledger, availability, commitments, transfers, funding status")
public class AgreementResource {

    @Inject
    ResourceMobilisation mobilisation;

    @PathParam("code")
    String fund;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv;qs=0.5", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;qs=0.5"})
    @RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.AUDITOR, Roles.CONTRIBUTOR})
    @Operation(summary = "Agreements with instalments (overdue flagged) and deposits; filter by contributorId")
    public Page<AgreementView> agreements(@QueryParam("contributorId") Long contributorId, @BeanParam @Valid PageRequest page) {
        return mobilisation.agreements(fund, contributorId, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.AUDITOR, Roles.CONTRIBUTOR})
    @Operation(summary = "One agreement")
    public AgreementView agreement(@PathParam("id") long id) {
        return mobilisation.agreement(fund, id);
    }

    @POST
    @RolesAllowed(Roles.ADMIN_AGENT)
    @Operation(summary = "Record a signed agreement with its instalment schedule")
    public Response sign(AgreementRequest request) {
        return Response.status(Response.Status.CREATED).entity(mobilisation.signAgreement(fund, request)).build();
    }
}
