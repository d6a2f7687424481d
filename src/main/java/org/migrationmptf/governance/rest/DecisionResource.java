package org.migrationmptf.governance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migrationmptf.governance.api.DecisionFilter;
import org.migrationmptf.governance.api.DecisionRegister;
import org.migrationmptf.governance.api.DecisionRequest;
import org.migrationmptf.governance.api.DecisionView;
import org.migrationmptf.platform.security.Roles;
import org.migrationmptf.platform.web.Csv;
import org.migrationmptf.platform.web.Page;
import org.migrationmptf.platform.web.PageRequest;

/** The decision register of a fund: searchable, exportable, editable until the minutes are approved. */
@Path("/funds/{code}/decisions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.AUDITOR})
@Tag(name = "Decision register", description = "Steering Committee decisions: search, export, revise")
public class DecisionResource {

    @Inject
    DecisionRegister register;

    @PathParam("code")
    String fund;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv;qs=0.5", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;qs=0.5"})
    @Operation(summary = "Decisions, newest first, paged; filter by type, q, from, to, recordType, recordId")
    public Page<DecisionView> list(@BeanParam @Valid DecisionFilter filter, @BeanParam @Valid PageRequest page) {
        return register.decisions(fund, filter, page);
    }

    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    @Operation(summary = "The register (with the same filters) as CSV, one page of up to 200 decisions")
    public Response export(@BeanParam @Valid DecisionFilter filter, @BeanParam @Valid PageRequest page) {
        Page<DecisionView> decisions = register.decisions(fund, filter, page);
        String csv = Csv.of(java.util.List.of("reference", "meeting", "type", "title", "effective on", "amount",
                        "currency", "acts on", "supersedes", "superseded by", "final"),
                decisions.items().stream().map(d -> java.util.List.of(d.reference(), String.valueOf(d.meetingDate()),
                        d.type().name(), d.title(), String.valueOf(d.effectiveOn()),
                        d.amount() == null ? "" : d.amount().amount(), d.amount() == null ? "" : d.amount().currency(),
                        d.subjects().stream().map(s -> s.recordType() + "#" + s.recordId()).collect(Collectors.joining(" ")),
                        d.supersedes() == null ? "" : d.supersedes(), d.supersededBy() == null ? "" : d.supersededBy(),
                        String.valueOf(d.finalised()))).toList());
        return Response.ok(csv).header("Content-Disposition", "attachment; filename=\"decisions-" + fund + ".csv\"").build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One decision")
    public DecisionView get(@PathParam("id") long id) {
        return register.decision(fund, id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER})
    @Operation(summary = "Revise a decision, until its meeting's minutes are approved (then: 409)")
    public DecisionView revise(@PathParam("id") long id, DecisionRequest request) {
        return register.revise(fund, id, request);
    }
}
