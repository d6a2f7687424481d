package org.migrationmptf.mobilisation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migrationmptf.mobilisation.api.JournalView;
import org.migrationmptf.mobilisation.api.LedgerEntryRequest;
import org.migrationmptf.mobilisation.api.ResourceMobilisation;
import org.migrationmptf.platform.security.Roles;
import org.migrationmptf.platform.web.Page;
import org.migrationmptf.platform.web.PageRequest;

/**
 * The fund's ledger: journals read by the FMU, the committee and auditors; other movements and reversals recorded by the Administrative Agent.
 * (JAX-RS picks one root resource per request by its literal path; each money resource therefore has its own
 * literal segment after the fund's code, so that governance's /funds/{code}/... stay reachable.)
 */
@Path("/funds/{code}/ledger")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.AUDITOR})
@Tag(name = "Fund money", description = "Agreements, deposits, ledger, availability, commitments, transfers, funding status")
public class LedgerResource {

    @Inject
    ResourceMobilisation mobilisation;

    @PathParam("code")
    String fund;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv;qs=0.5", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;qs=0.5"})
    @Operation(summary = "The ledger's journals, newest first, paged; filter by value date from/to")
    public Page<JournalView> ledger(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                                    @BeanParam @Valid PageRequest page) {
        return mobilisation.journals(fund, from, to, page);
    }

    @POST
    @RolesAllowed(Roles.ADMIN_AGENT)
    @Operation(summary = "Record interest, other income, a bank charge, a direct cost, a refund or a transfer to another fund")
    public Response entry(@HeaderParam(Idempotency.HEADER) String key, LedgerEntryRequest request) {
        return Response.status(Response.Status.CREATED).entity(mobilisation.recordEntry(fund, request, key)).build();
    }

    /** Why a journal is reversed. */
    public record ReversalRequest(String reason) {
    }

    @POST
    @Path("/{id}/reversal")
    @RolesAllowed(Roles.ADMIN_AGENT)
    @Operation(summary = "Correct a journal by reversing it ({\"reason\": \"...\"})")
    public Response reverse(@PathParam("id") long id, @HeaderParam(Idempotency.HEADER) String key, ReversalRequest body) {
        return Response.status(Response.Status.CREATED)
                .entity(mobilisation.reverse(fund, id, body == null ? null : body.reason(), key)).build();
    }
}
