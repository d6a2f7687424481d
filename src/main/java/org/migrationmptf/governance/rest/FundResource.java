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
import org.migrationmptf.governance.api.FundAdministration;
import org.migrationmptf.governance.api.FundParametersRequest;
import org.migrationmptf.governance.api.FundView;
import org.migrationmptf.governance.api.NewFundRequest;
import org.migrationmptf.governance.api.ThematicAreaRequest;
import org.migrationmptf.governance.api.ThematicAreaView;
import org.migrationmptf.platform.security.Roles;
import org.migrationmptf.platform.web.Page;
import org.migrationmptf.platform.web.PageRequest;

/** Funds, their parameters and thematic areas. Every role reads; the Fund Management Unit writes. */
@Path("/funds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.PUNO_FOCAL_POINT, Roles.CONTRIBUTOR,
        Roles.AUDITOR})
@Tag(name = "Funds", description = "Fund set-up: parameters and thematic areas (FUND_MANAGER writes, every role reads)")
public class FundResource {

    @Inject
    FundAdministration funds;

    @Context
    UriInfo uriInfo;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv;qs=0.5", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;qs=0.5"})
    @Operation(summary = "The funds of this installation, paged")
    public Page<FundView> list(@BeanParam @Valid PageRequest page) {
        return funds.funds(page);
    }

    @POST
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(summary = "Create a fund; it starts with the Migration MPTF's thematic areas")
    public Response create(NewFundRequest request) {
        FundView fund = funds.create(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(fund.code()).build()).entity(fund).build();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One fund and its parameters")
    public FundView get(@PathParam("code") String code) {
        return funds.fund(code);
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(summary = "Change a fund's name and parameters")
    public FundView update(@PathParam("code") String code, FundParametersRequest request) {
        return funds.changeParameters(code, request);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv;qs=0.5", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;qs=0.5"})
    @Path("/{code}/thematic-areas")
    @Operation(summary = "The fund's thematic areas and the GCM objectives in each")
    public List<ThematicAreaView> thematicAreas(@PathParam("code") String code) {
        return funds.thematicAreas(code);
    }

    @POST
    @Path("/{code}/thematic-areas")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(summary = "Add a thematic area")
    public Response addThematicArea(@PathParam("code") String code, ThematicAreaRequest request) {
        ThematicAreaView area = funds.addThematicArea(code, request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(area.number())).build())
                .entity(area).build();
    }

    @PUT
    @Path("/{code}/thematic-areas/{number}")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(summary = "Rename a thematic area")
    public ThematicAreaView renameThematicArea(@PathParam("code") String code, @PathParam("number") int number,
                                               ThematicAreaRequest request) {
        return funds.renameThematicArea(code, number, request);
    }

    /** Where a GCM objective sits. */
    public record AreaAssignment(Integer area) {
    }

    @PUT
    @Path("/{code}/objectives/{objective}/area")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(summary = "Move a GCM objective to another thematic area of the fund ({\"area\": 2})")
    public List<ThematicAreaView> assignObjective(@PathParam("code") String code,
                                                  @PathParam("objective") int objective, AreaAssignment body) {
        return funds.assignObjective(code, objective, body == null || body.area() == null ? 0 : body.area());
    }
}
