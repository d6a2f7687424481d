package org.migrationmptf.programming.rest;

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
import org.migrationmptf.platform.security.Roles;
import org.migrationmptf.programming.api.ConceptNoteReviews;
import org.migrationmptf.programming.api.Ranking;

/** A fund's pipeline: the notes the Steering Committee endorsed, ranked, against the money available. */
@Path("/funds/{code}/pipeline")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.AUDITOR})
@Tag(name = "Concept notes", description = "Drafting, screening, review and the pipeline")
public class PipelineResource {

    @Inject
    ConceptNoteReviews reviews;

    @GET
    @Operation(summary = "Pipeline notes ranked by average score, running totals and the money available")
    public Ranking pipeline(@PathParam("code") String fund) {
        return reviews.pipeline(fund);
    }
}
