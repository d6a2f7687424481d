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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migrationmptf.mobilisation.api.AgreementRequest;
import org.migrationmptf.mobilisation.api.AgreementView;
import org.migrationmptf.mobilisation.api.CommitmentRequest;
import org.migrationmptf.mobilisation.api.DepositRequest;
import org.migrationmptf.mobilisation.api.DepositView;
import org.migrationmptf.mobilisation.api.FundMoney;
import org.migrationmptf.mobilisation.api.FundingStatusView;
import org.migrationmptf.mobilisation.api.JournalView;
import org.migrationmptf.mobilisation.api.LedgerEntryRequest;
import org.migrationmptf.mobilisation.api.OrganisationRefundRequest;
import org.migrationmptf.mobilisation.api.PoolAvailability;
import org.migrationmptf.mobilisation.api.ResourceMobilisation;
import org.migrationmptf.mobilisation.api.TransferRequest;
import org.migrationmptf.platform.security.Roles;
import org.migrationmptf.platform.web.Page;
import org.migrationmptf.platform.web.PageRequest;

/**
 * A fund's money: agreements, deposits, the ledger, availability per earmark pool, commitments, transfers and the
 * funding status. ADMIN_AGENT records money; FUND_MANAGER commits approved allocations; FUND_MANAGER, SC_MEMBER and
 * AUDITOR read; a CONTRIBUTOR reads its own agreements and the funding status. Bookings take an
 * {@code Idempotency-Key} header: the same key books once and answers the same.
 */
@Path("/funds/{code}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.AUDITOR})
@Tag(name = "Fund money", description = "Agreements, deposits, ledger, availability, commitments, transfers, funding status")
public class FundMoneyResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Inject
    ResourceMobilisation mobilisation;

    @Inject
    FundMoney money;

    @PathParam("code")
    String fund;

    @GET
    @Path("/agreements")
    @RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.AUDITOR, Roles.CONTRIBUTOR})
    @Operation(summary = "Agreements with instalments (overdue flagged) and deposits; filter by contributorId")
    public Page<AgreementView> agreements(@QueryParam("contributorId") Long contributorId, @BeanParam @Valid PageRequest page) {
        return mobilisation.agreements(fund, contributorId, page);
    }

    @GET
    @Path("/agreements/{id}")
    @RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.AUDITOR, Roles.CONTRIBUTOR})
    @Operation(summary = "One agreement")
    public AgreementView agreement(@PathParam("id") long id) {
        return mobilisation.agreement(fund, id);
    }

    @POST
    @Path("/agreements")
    @RolesAllowed(Roles.ADMIN_AGENT)
    @Operation(summary = "Record a signed agreement with its instalment schedule")
    public Response sign(AgreementRequest request) {
        AgreementView agreement = mobilisation.signAgreement(fund, request);
        return Response.status(Response.Status.CREATED).entity(agreement).build();
    }

    @POST
    @Path("/deposits/preview")
    @RolesAllowed(Roles.ADMIN_AGENT)
    @Operation(summary = "What a deposit would book (USD value, fee) without booking it")
    public DepositView preview(DepositRequest request) {
        return mobilisation.previewDeposit(fund, request);
    }

    @POST
    @Path("/deposits")
    @RolesAllowed(Roles.ADMIN_AGENT)
    @Operation(summary = "Record a deposit and the Administrative Agent's fee on it (Idempotency-Key header)")
    public Response deposit(@HeaderParam(IDEMPOTENCY_KEY) String key, DepositRequest request) {
        return Response.status(Response.Status.CREATED).entity(mobilisation.recordDeposit(fund, request, key)).build();
    }

    @GET
    @Path("/ledger")
    @Operation(summary = "The ledger's journals, newest first, paged; filter by value date from/to")
    public Page<JournalView> ledger(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                                    @BeanParam @Valid PageRequest page) {
        return mobilisation.journals(fund, from, to, page);
    }

    @POST
    @Path("/ledger")
    @RolesAllowed(Roles.ADMIN_AGENT)
    @Operation(summary = "Record interest, other income, a bank charge, a direct cost, a refund or a transfer to another fund")
    public Response entry(@HeaderParam(IDEMPOTENCY_KEY) String key, LedgerEntryRequest request) {
        return Response.status(Response.Status.CREATED).entity(mobilisation.recordEntry(fund, request, key)).build();
    }

    /** Why a journal is reversed. */
    public record ReversalRequest(String reason) {
    }

    @POST
    @Path("/ledger/{id}/reversal")
    @RolesAllowed(Roles.ADMIN_AGENT)
    @Operation(summary = "Correct a journal by reversing it ({\"reason\": \"...\"})")
    public Response reverse(@PathParam("id") long id, @HeaderParam(IDEMPOTENCY_KEY) String key, ReversalRequest body) {
        return Response.status(Response.Status.CREATED)
                .entity(mobilisation.reverse(fund, id, body == null ? null : body.reason(), key)).build();
    }

    @GET
    @Path("/availability")
    @Operation(summary = "Money available for new approvals, per earmark pool")
    public List<PoolAvailability> availability() {
        return money.availability(fund);
    }

    @POST
    @Path("/commitments")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(summary = "Commit money to a programme on an approve-allocation decision (Idempotency-Key header)")
    public Response commit(@HeaderParam(IDEMPOTENCY_KEY) String key, CommitmentRequest request) {
        return Response.status(Response.Status.CREATED).entity(money.commit(fund, request, key)).build();
    }

    @POST
    @Path("/transfers")
    @RolesAllowed(Roles.ADMIN_AGENT)
    @Operation(summary = "Transfer committed money to an organisation on an instruct-transfer decision (Idempotency-Key header)")
    public Response transfer(@HeaderParam(IDEMPOTENCY_KEY) String key, TransferRequest request) {
        return Response.status(Response.Status.CREATED).entity(money.transfer(fund, request, key)).build();
    }

    @POST
    @Path("/refunds-from-organisations")
    @RolesAllowed(Roles.ADMIN_AGENT)
    @Operation(summary = "Record unspent money an organisation returns for a programme (Idempotency-Key header)")
    public Response refund(@HeaderParam(IDEMPOTENCY_KEY) String key, OrganisationRefundRequest request) {
        return Response.status(Response.Status.CREATED).entity(money.refundFromOrganisation(fund, request, key)).build();
    }

    @GET
    @Path("/funding-status")
    @RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.AUDITOR, Roles.CONTRIBUTOR})
    @Operation(summary = "The funding status as of a day (asOf=YYYY-MM-DD, default today)")
    public FundingStatusView fundingStatus(@QueryParam("asOf") LocalDate asOf) {
        return mobilisation.fundingStatus(fund, asOf);
    }
}
