package org.migrationmptf.programming.rest;

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
import org.migrationmptf.platform.security.Roles;
import org.migrationmptf.platform.web.Page;
import org.migrationmptf.platform.web.PageRequest;
import org.migrationmptf.programming.api.CallRequest;
import org.migrationmptf.programming.api.CallStatus;
import org.migrationmptf.programming.api.CallView;
import org.migrationmptf.programming.api.CallsForNotes;
import org.migrationmptf.programming.api.ConceptNoteReviews;
import org.migrationmptf.programming.api.Ranking;

/** Calls for concept notes of a fund: the FMU drafts, opens and closes them; every role reads them. */
@Path("/funds/{code}/calls")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.PUNO_FOCAL_POINT, Roles.CONTRIBUTOR,
        Roles.AUDITOR})
@Tag(name = "Calls for concept notes", description = "Calls: window, scopes, thematic areas, limits per note")
public class CallResource {

    @Inject
    CallsForNotes calls;

    @Inject
    ConceptNoteReviews reviews;

    @PathParam("code")
    String fund;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv;qs=0.5", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;qs=0.5"})
    @Operation(summary = "Calls, newest first, paged; filter by status")
    public Page<CallView> list(@QueryParam("status") CallStatus status, @BeanParam @Valid PageRequest page) {
        return calls.calls(fund, status, page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One call")
    public CallView get(@PathParam("id") long id) {
        return calls.call(fund, id);
    }

    @POST
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(summary = "Draft a call (limits default to the fund's)")
    public Response create(CallRequest request) {
        return Response.status(Response.Status.CREATED).entity(calls.create(fund, request)).build();
    }

    @POST
    @Path("/{id}/open")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(summary = "Open the call for submissions")
    public CallView open(@PathParam("id") long id) {
        return calls.open(fund, id);
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(summary = "Close the call")
    public CallView close(@PathParam("id") long id) {
        return calls.close(fund, id);
    }

    @POST
    @Path("/{id}/decide")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(summary = "Mark a closed call decided (every note it received has been decided)")
    public CallView decide(@PathParam("id") long id) {
        return calls.decide(fund, id);
    }

    @GET
    @Path("/{id}/review-board")
    @RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.AUDITOR})
    @Operation(summary = "The call's reviewed notes ranked by average score, with running totals against the money available")
    public Ranking reviewBoard(@PathParam("id") long id) {
        return reviews.reviewBoard(fund, id);
    }
}
