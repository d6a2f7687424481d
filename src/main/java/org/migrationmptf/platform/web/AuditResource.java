package org.migrationmptf.platform.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migrationmptf.platform.audit.AuditTrail;
import org.migrationmptf.platform.security.Roles;

/** The history of any record, e.g. {@code /api/audit/Decision/12}: who changed what, when. */
@Path("/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AUDITOR, Roles.FUND_MANAGER})
@Tag(name = "Audit", description = "The change history of every record (AUDITOR, FUND_MANAGER)")
public class AuditResource {

    @Inject
    AuditTrail trail;

    /** A change as the API shows it, with the changed fields as JSON. */
    public record ChangeView(Instant at, String actor, String action, JsonObject changes) {
    }

    @GET
    @Path("/{type}/{id}")
    @Operation(summary = "A record's changes, newest first (type: Fund, ThematicArea, ObjectiveAssignment,"
            + " ParticipatingOrganisation, FocalPoint, CommitteeMember, Meeting, Decision)")
    public Page<ChangeView> history(@PathParam("type") @NotBlank @Size(max = 100) String type,
                                    @PathParam("id") @NotBlank @Size(max = 100) String id,
                                    @BeanParam @Valid PageRequest page) {
        return trail.history(type, id, page).map(c -> new ChangeView(c.at(), c.actor(), c.action(),
                Json.createReader(new StringReader(c.changes())).readObject()));
    }
}
