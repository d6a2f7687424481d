package org.migrationmptf.mobilisation.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migrationmptf.mobilisation.api.ContributorRequest;
import org.migrationmptf.mobilisation.api.ContributorType;
import org.migrationmptf.mobilisation.api.ContributorView;
import org.migrationmptf.mobilisation.api.DonorStatement;
import org.migrationmptf.mobilisation.api.PipelineStage;
import org.migrationmptf.mobilisation.api.ResourceMobilisation;
import org.migrationmptf.platform.security.Roles;
import org.migrationmptf.platform.web.Page;
import org.migrationmptf.platform.web.PageRequest;

/** Contributors and their statements. The Administrative Agent (and the FMU) register; a contributor reads its own. */
@Path("/contributors")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.AUDITOR, Roles.CONTRIBUTOR})
@Tag(name = "Contributors", description = "Contributors, the resource mobilisation pipeline and donor statements")
public class ContributorResource {

    @Inject
    ResourceMobilisation mobilisation;

    @Context
    UriInfo uriInfo;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv;qs=0.5", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;qs=0.5"})
    @RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.AUDITOR})
    @Operation(summary = "Contributors, paged; filter by pipeline stage and type")
    public Page<ContributorView> list(@QueryParam("stage") PipelineStage stage, @QueryParam("type") ContributorType type,
                                      @BeanParam @Valid PageRequest page) {
        return mobilisation.contributors(stage, type, page);
    }

    @POST
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.FUND_MANAGER})
    @Operation(summary = "Register a contributor (prospect, pledge or signed)")
    public Response register(ContributorRequest request) {
        ContributorView created = mobilisation.registerContributor(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One contributor (a contributor: its own)")
    public ContributorView get(@PathParam("id") long id) {
        return mobilisation.contributor(id);
    }

    @GET
    @Path("/{id}/statement")
    @Operation(summary = "Donor statement as of a day: agreements, deposits, fees, refunds (a contributor: its own)")
    public DonorStatement statement(@PathParam("id") long id, @QueryParam("asOf") LocalDate asOf) {
        return mobilisation.statement(id, asOf);
    }
}
