package org.migrationmptf.governance.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migrationmptf.governance.api.FocalPointRequest;
import org.migrationmptf.governance.api.FocalPointView;
import org.migrationmptf.governance.api.OrganisationFilter;
import org.migrationmptf.governance.api.OrganisationRequest;
import org.migrationmptf.governance.api.OrganisationView;
import org.migrationmptf.governance.api.Organisations;
import org.migrationmptf.platform.security.Roles;
import org.migrationmptf.platform.web.Page;
import org.migrationmptf.platform.web.PageRequest;

/** Participating UN Organisations and their focal points. */
@Path("/organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.PUNO_FOCAL_POINT, Roles.CONTRIBUTOR,
        Roles.AUDITOR})
@Tag(name = "Organisations", description = "Participating UN Organisations (every role reads; FUND_MANAGER writes)"
        + " and their focal points (FUND_MANAGER, AUDITOR, and a focal point for its own organisation)")
public class OrganisationResource {

    @Inject
    Organisations organisations;

    @Context
    UriInfo uriInfo;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv;qs=0.5", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;qs=0.5"})
    @Operation(summary = "Participating organisations, paged; filter by status and q (name or acronym)")
    public Page<OrganisationView> list(@BeanParam @Valid OrganisationFilter filter, @BeanParam @Valid PageRequest page) {
        return organisations.organisations(filter, page);
    }

    @POST
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(summary = "Register an organisation that has signed the MOU")
    public Response register(OrganisationRequest request) {
        OrganisationView created = organisations.register(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.acronym()).build()).entity(created).build();
    }

    @GET
    @Path("/{acronym}")
    @Operation(summary = "One organisation")
    public OrganisationView get(@PathParam("acronym") String acronym) {
        return organisations.organisation(acronym);
    }

    @PUT
    @Path("/{acronym}")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(summary = "Change an organisation's name, MOU date or status")
    public OrganisationView update(@PathParam("acronym") String acronym, OrganisationRequest request) {
        return organisations.update(acronym, request);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv;qs=0.5", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;qs=0.5"})
    @Path("/{acronym}/focal-points")
    @RolesAllowed({Roles.FUND_MANAGER, Roles.AUDITOR, Roles.PUNO_FOCAL_POINT})
    @Operation(summary = "The organisation's focal points")
    public List<FocalPointView> focalPoints(@PathParam("acronym") String acronym) {
        return organisations.focalPoints(acronym);
    }

    @POST
    @Path("/{acronym}/focal-points")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(summary = "Make a user a focal point of the organisation")
    public Response addFocalPoint(@PathParam("acronym") String acronym, FocalPointRequest request) {
        FocalPointView created = organisations.addFocalPoint(acronym, request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }
}
