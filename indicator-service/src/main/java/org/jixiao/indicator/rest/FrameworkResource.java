package org.jixiao.indicator.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.commons.security.Roles;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jixiao.indicator.rest.FrameworkDtos.FrameworkDiffResponse;
import org.jixiao.indicator.rest.FrameworkDtos.FrameworkRequest;
import org.jixiao.indicator.rest.FrameworkDtos.FrameworkResponse;
import org.jixiao.indicator.rest.FrameworkDtos.FrameworkSummary;
import org.jixiao.indicator.service.FrameworkService;

@Path("/api/v1/frameworks")
@Tag(name = "Frameworks", description = "指标体系 (三级指标)")
public class FrameworkResource {
    private final FrameworkService service;

    public FrameworkResource(FrameworkService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed(Roles.FINANCE_ADMIN)
    @Operation(summary = "Create a new draft version of a framework",
            description = "The tree is validated whole (weights sum to the parent, top level to 100, every leaf has a "
                    + "method and a parseable target); nothing is stored when any node is wrong.")
    public Response create(@NotNull @Valid FrameworkRequest request) {
        FrameworkResponse created = service.create(request);
        return Response.created(URI.create("/api/v1/frameworks/" + created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(summary = "List framework versions, optionally of one code")
    public List<FrameworkSummary> list(@QueryParam("code") String code,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return service.list(code, page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(summary = "Get a framework version with its whole tree and parsed targets")
    public FrameworkResponse get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.FINANCE_ADMIN)
    @Operation(summary = "Replace a draft version's tree (published versions are immutable: 409)")
    public FrameworkResponse replace(@PathParam("id") UUID id, @NotNull @Valid FrameworkRequest request) {
        return service.replaceDraft(id, request);
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Roles.FINANCE_ADMIN)
    @Operation(summary = "Publish a draft version; it never changes afterwards")
    public FrameworkResponse publish(@PathParam("id") UUID id) {
        return service.publish(id);
    }

    @POST
    @Path("/{id}/versions")
    @RolesAllowed(Roles.FINANCE_ADMIN)
    @Operation(summary = "Start a new draft version of this framework's code as a copy of this version",
            description = "The copy gets the next version number of the code and keeps the owner region; it needs the "
                    + "same write scope as changing the framework (403 outside it, 404 when the framework is unknown).")
    public Response newVersion(@PathParam("id") UUID id) {
        FrameworkResponse created = service.newVersion(id);
        return Response.created(URI.create("/api/v1/frameworks/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}/diff")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(summary = "Compare this version with another version of the same code",
            description = "Nodes added, removed and changed (by code) from version `against` to this one, each changed "
                    + "field old → new. `against` of another code, missing or malformed: 400; unknown: 404.")
    public FrameworkDiffResponse diff(@PathParam("id") UUID id,
            @Parameter(description = "id of the version to compare with (the older side)", required = true)
            @QueryParam("against") String against) {
        return service.diff(id, against);
    }
}
