package org.migrationmptf.programming.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.migrationmptf.programming.api.ConceptNoteReviews;
import org.migrationmptf.programming.api.ConceptNotes;
import org.migrationmptf.programming.api.DecisionReference;
import org.migrationmptf.programming.api.NoteReviews;
import org.migrationmptf.programming.api.ReviewRequest;
import org.migrationmptf.programming.api.ReviewerAssignment;
import org.migrationmptf.programming.api.NoteFilter;
import org.migrationmptf.programming.api.NoteRequest;
import org.migrationmptf.programming.api.NoteStatus;
import org.migrationmptf.programming.api.NoteView;
import org.migrationmptf.programming.api.Screening;

/**
 * Concept notes: a focal point drafts and submits for its organisation (screening is automatic); the FMU and
 * auditors read all, the committee all but drafts, a focal point its organisation's.
 */
@Path("/concept-notes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.PUNO_FOCAL_POINT, Roles.AUDITOR})
@Tag(name = "Concept notes", description = "Drafting, screening and submitting concept notes")
public class ConceptNoteResource {

    @Inject
    ConceptNotes notes;

    @Inject
    ConceptNoteReviews reviews;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv;qs=0.5", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;qs=0.5"})
    @Operation(summary = "Concept notes the caller may see, newest first, paged; filter by status, fund, call,"
            + " thematic area, region, organisation")
    public Page<NoteView> list(@BeanParam @Valid NoteFilter filter, @BeanParam @Valid PageRequest page) {
        return notes.notes(filter, page);
    }

    @POST
    @RolesAllowed(Roles.PUNO_FOCAL_POINT)
    @Operation(summary = "Draft a concept note for the caller's organisation")
    public Response draft(NoteRequest request) {
        return Response.status(Response.Status.CREATED).entity(notes.draft(request)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One concept note (another organisation's is not found)")
    public NoteView get(@PathParam("id") long id) {
        return notes.note(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PUNO_FOCAL_POINT)
    @Operation(summary = "Change a draft")
    public NoteView edit(@PathParam("id") long id, NoteRequest request) {
        return notes.edit(id, request);
    }

    @GET
    @Path("/{id}/screening")
    @Operation(summary = "What screening would say now: eligible, or each problem in words")
    public Screening screening(@PathParam("id") long id) {
        return notes.screening(id);
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.PUNO_FOCAL_POINT)
    @Operation(summary = "Submit: screened at once, to review or ineligible with reasons")
    public NoteView submit(@PathParam("id") long id) {
        return notes.submit(id);
    }

    @GET
    @Path("/{id}/reviews")
    @RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.AUDITOR})
    @Operation(summary = "The note's reviews, their average score and how many are still to come")
    public NoteReviews reviews(@PathParam("id") long id) {
        return reviews.reviews(id);
    }

    @POST
    @Path("/{id}/reviewers")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(summary = "Assign reviewers (user names of FMU staff or committee members) to a note under review")
    public NoteReviews assignReviewers(@PathParam("id") long id, ReviewerAssignment request) {
        return reviews.assignReviewers(id, request);
    }

    @POST
    @Path("/{id}/reviews")
    @RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER})
    @Operation(summary = "Score the note as its assigned reviewer (1 to 5 per criterion)")
    public NoteReviews review(@PathParam("id") long id, ReviewRequest request) {
        return reviews.review(id, request);
    }

    @POST
    @Path("/{id}/endorse")
    @RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER})
    @Operation(summary = "Endorse into the pipeline, on an endorse-pipeline decision naming the note")
    public NoteView endorse(@PathParam("id") long id, DecisionReference request) {
        return reviews.endorse(id, request);
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER})
    @Operation(summary = "Reject, on an endorse-pipeline decision naming the note")
    public NoteView reject(@PathParam("id") long id, DecisionReference request) {
        return reviews.reject(id, request);
    }

    @POST
    @Path("/{id}/invite")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(summary = "Invite a pipeline note to a full programme document (refused while the money available is short)")
    public NoteView invite(@PathParam("id") long id) {
        return reviews.invite(id);
    }
}
