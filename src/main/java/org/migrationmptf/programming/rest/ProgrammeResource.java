package org.migrationmptf.programming.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migrationmptf.platform.security.Roles;
import org.migrationmptf.platform.web.Page;
import org.migrationmptf.platform.web.PageRequest;
import org.migrationmptf.programming.api.BudgetRequest;
import org.migrationmptf.programming.api.BudgetView;
import org.migrationmptf.programming.api.ClosureRequest;
import org.migrationmptf.programming.api.DecisionReference;
import org.migrationmptf.programming.api.FinalExpenditureRequest;
import org.migrationmptf.programming.api.JointProgrammes;
import org.migrationmptf.programming.api.ProgrammeFilter;
import org.migrationmptf.programming.api.ProgrammeFunding;
import org.migrationmptf.programming.api.ProgrammeRequest;
import org.migrationmptf.programming.api.ProgrammeSummary;
import org.migrationmptf.programming.api.ProgrammeView;
import org.migrationmptf.programming.api.RefusalRequest;
import org.migrationmptf.programming.api.RevisionRequest;
import org.migrationmptf.programming.api.RevisionView;
import org.migrationmptf.programming.api.StatusChangeRequest;
import org.migrationmptf.programming.api.TrancheRequest;
import org.migrationmptf.programming.api.TransferView;
import org.migrationmptf.programming.api.UnspentRefundRequest;

/**
 * Joint programmes: the lead focal point drafts the document and budget and submits it; the FMU approves on a
 * decision; the Administrative Agent transfers tranches (Idempotency-Key header); revisions and closure follow.
 * Focal points see their organisation's programmes, contributors approved ones, the other roles all.
 */
@Path("/programmes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.PUNO_FOCAL_POINT, Roles.CONTRIBUTOR,
        Roles.AUDITOR})
@Tag(name = "Joint programmes", description = "Programme documents, budgets, approval, transfers, revisions, closure")
public class ProgrammeResource {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Inject
    JointProgrammes programmes;

    @Inject
    ProgrammeFunding funding;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv;qs=0.5", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;qs=0.5"})
    @Operation(summary = "Programmes the caller may see, newest first, paged; filter by fund, status, thematic area,"
            + " region, organisation")
    public Page<ProgrammeSummary> list(@BeanParam @Valid ProgrammeFilter filter, @BeanParam @Valid PageRequest page) {
        return programmes.programmes(filter, page);
    }

    @POST
    @RolesAllowed(Roles.PUNO_FOCAL_POINT)
    @Operation(summary = "Draft the programme document of an invited concept note (its lead organisation)")
    public Response draft(ProgrammeRequest request) {
        return Response.status(Response.Status.CREATED).entity(programmes.draft(request)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One programme: document, budget matrix, money per organisation")
    public ProgrammeView get(@PathParam("id") long id) {
        return programmes.programme(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PUNO_FOCAL_POINT)
    @Operation(summary = "Change the draft document")
    public ProgrammeView edit(@PathParam("id") long id, ProgrammeRequest request) {
        return programmes.edit(id, request);
    }

    @PUT
    @Path("/{id}/budget")
    @RolesAllowed(Roles.PUNO_FOCAL_POINT)
    @Operation(summary = "Replace the draft budget (refused with the problems when indirect costs exceed the cap)")
    public ProgrammeView setBudget(@PathParam("id") long id, BudgetRequest request) {
        return programmes.setBudget(id, request);
    }

    @POST
    @Path("/{id}/budget/check")
    @Operation(summary = "Check a budget against the fund's rules without saving it")
    public BudgetView checkBudget(@PathParam("id") long id, BudgetRequest request) {
        return programmes.checkBudget(id, request);
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.PUNO_FOCAL_POINT)
    @Operation(summary = "Submit the document for approval")
    public ProgrammeView submit(@PathParam("id") long id) {
        return programmes.submit(id);
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(summary = "Send a submitted document back to its lead organisation, saying why")
    public ProgrammeView returnToDraft(@PathParam("id") long id, RefusalRequest request) {
        return programmes.returnToDraft(id, request);
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(summary = "Approve on an approve-allocation decision: the budget is committed from the programme's"
            + " earmark pools (409 when they hold too little)")
    public ProgrammeView approve(@PathParam("id") long id, DecisionReference request) {
        return programmes.approve(id, request);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv;qs=0.5", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;qs=0.5"})
    @Path("/{id}/transfers")
    @Operation(summary = "Tranches transferred, oldest first")
    public List<TransferView> transfers(@PathParam("id") long id) {
        return funding.transfers(id);
    }

    @POST
    @Path("/{id}/transfers")
    @RolesAllowed(Roles.ADMIN_AGENT)
    @Operation(summary = "Transfer a tranche to one organisation as a decision instructs (Idempotency-Key header"
            + " required; never beyond the organisation's approved share)")
    public Response transfer(@PathParam("id") long id, @HeaderParam(IDEMPOTENCY_KEY) String key,
                             TrancheRequest request) {
        return Response.status(Response.Status.CREATED).entity(funding.transfer(id, request, key)).build();
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv;qs=0.5", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;qs=0.5"})
    @Path("/{id}/revisions")
    @Operation(summary = "Revisions, oldest first, with the budget before and after")
    public List<RevisionView> revisions(@PathParam("id") long id) {
        return funding.revisions(id);
    }

    @POST
    @Path("/{id}/revisions")
    @RolesAllowed({Roles.FUND_MANAGER, Roles.PUNO_FOCAL_POINT})
    @Operation(summary = "Ask for a budget revision or a no-cost extension")
    public Response requestRevision(@PathParam("id") long id, RevisionRequest request) {
        return Response.status(Response.Status.CREATED).entity(funding.requestRevision(id, request)).build();
    }

    @POST
    @Path("/{id}/revisions/{revision}/approve")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(summary = "Approve a revision on an approve-revision decision (an increase is committed, a decrease released)")
    public RevisionView approveRevision(@PathParam("id") long id, @PathParam("revision") long revision,
                                        DecisionReference request) {
        return funding.approveRevision(id, revision, request);
    }

    @POST
    @Path("/{id}/revisions/{revision}/refuse")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(summary = "Refuse a revision, saying why")
    public RevisionView refuseRevision(@PathParam("id") long id, @PathParam("revision") long revision,
                                       RefusalRequest request) {
        return funding.refuseRevision(id, revision, request);
    }

    @POST
    @Path("/{id}/final-expenditure")
    @RolesAllowed({Roles.FUND_MANAGER, Roles.PUNO_FOCAL_POINT})
    @Operation(summary = "Report an organisation's final expenditure (a focal point for its own organisation)")
    public ProgrammeView reportFinalExpenditure(@PathParam("id") long id, FinalExpenditureRequest request) {
        return funding.reportFinalExpenditure(id, request);
    }

    @POST
    @Path("/{id}/refunds")
    @RolesAllowed(Roles.ADMIN_AGENT)
    @Operation(summary = "Record unspent money an organisation returned (Idempotency-Key header)")
    public ProgrammeView recordRefund(@PathParam("id") long id, @HeaderParam(IDEMPOTENCY_KEY) String key,
                                      UnspentRefundRequest request) {
        return funding.recordRefund(id, request, key);
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(summary = "Close operationally (after the end date) or financially (every organisation settled)")
    public ProgrammeView close(@PathParam("id") long id, ClosureRequest request) {
        return funding.close(id, request);
    }

    @POST
    @Path("/{id}/suspend")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(summary = "Suspend: no transfers until resumed")
    public ProgrammeView suspend(@PathParam("id") long id, StatusChangeRequest request) {
        return programmes.suspend(id, request);
    }

    @POST
    @Path("/{id}/resume")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(summary = "Resume a suspended programme")
    public ProgrammeView resume(@PathParam("id") long id, StatusChangeRequest request) {
        return programmes.resume(id, request);
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(summary = "Cancel a programme that has received no money (its commitment is released)")
    public ProgrammeView cancel(@PathParam("id") long id, StatusChangeRequest request) {
        return programmes.cancel(id, request);
    }
}
