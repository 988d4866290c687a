package org.jixiao.indicator.rest;

import jakarta.ws.rs.Produces;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.commons.api.Page;
import org.jixiao.commons.problem.ProblemException;
import org.jixiao.commons.security.Roles;
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
    @Operation(operationId = "createFramework", summary = "Create a new draft version of a framework",
            description = "The tree is validated whole (weights sum to the parent, top level to 100, every leaf has a "
                    + "method and a parseable target); nothing is stored when any node is wrong. The version is the "
                    + "next one of the code (1 for a new code); a new code is owned by the caller's region, a new "
                    + "version keeps its code's owner (403 outside the caller's write scope, 409 when the code belongs "
                    + "to a region the caller cannot see).")
    @APIResponse(responseCode = "201", description = "The draft version, with its tree and parsed targets",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FrameworkResponse.class)))
    public Response create(@NotNull @Valid FrameworkRequest request) {
        FrameworkResponse created = service.create(request);
        return Response.created(URI.create("/api/v1/frameworks/" + created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(operationId = "listFrameworks", summary = "List framework versions, optionally of one framework code",
            description = "The versions the caller may use: national ones, those of the caller's region or an "
                    + "enclosing one, and those of regions inside it. Ordered by code, then version ascending "
                    + "(by version alone when `frameworkCode` is given).")
    @Produces(MediaType.APPLICATION_JSON)
    public Page<FrameworkSummary> list(
            @QueryParam("frameworkCode") @Parameter(description = "only the versions of this framework code",
                    example = "jiayuguan-street-2022") String frameworkCode,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size,
            @QueryParam("code") @Parameter(hidden = true) String retiredCode) {
        if (retiredCode != null) {
            // the filter was renamed; silently listing every framework instead would mislead an old client
            throw ProblemException.invalid("code", "PARAMETER_RENAMED", "the framework code filter is frameworkCode");
        }
        return service.list(frameworkCode, page, size);
    }

    @GET
    @Path("/{frameworkId}")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(operationId = "getFramework", summary = "Get a framework version with its whole tree and parsed targets",
            description = "Draft or published; 404 when unknown or not usable in the caller's region.")
    public FrameworkResponse get(@PathParam("frameworkId") UUID frameworkId) {
        return service.get(frameworkId);
    }

    @PUT
    @Path("/{frameworkId}")
    @RolesAllowed(Roles.FINANCE_ADMIN)
    @Operation(operationId = "replaceFrameworkDraft", summary = "Replace a draft version's tree",
            description = "Validated like a create; published versions are immutable (409). The code of the request "
                    + "must be the version's own.")
    public FrameworkResponse replace(@PathParam("frameworkId") UUID frameworkId,
            @NotNull @Valid FrameworkRequest request) {
        return service.replaceDraft(frameworkId, request);
    }

    @POST
    @Path("/{frameworkId}/publish")
    @RolesAllowed(Roles.FINANCE_ADMIN)
    @Operation(operationId = "publishFramework", summary = "Publish a draft version; it never changes afterwards",
            description = "Adds its leaves to the indicator library and publishes framework.published; 409 when the "
                    + "version is already published.")
    public FrameworkResponse publish(@PathParam("frameworkId") UUID frameworkId) {
        return service.publish(frameworkId);
    }

    @POST
    @Path("/{frameworkId}/versions")
    @RolesAllowed(Roles.FINANCE_ADMIN)
    @Operation(operationId = "createFrameworkVersion",
            summary = "Start a new draft version of this framework's code as a copy of this version",
            description = "The copy gets the next version number of the code and keeps the owner region; it needs the "
                    + "same write scope as changing the framework (403 outside it, 404 when the framework is unknown).")
    @APIResponse(responseCode = "201", description = "The new draft version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FrameworkResponse.class)))
    public Response newVersion(@PathParam("frameworkId") UUID frameworkId) {
        FrameworkResponse created = service.newVersion(frameworkId);
        return Response.created(URI.create("/api/v1/frameworks/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{frameworkId}/diff")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(operationId = "diffFrameworkVersions", summary = "Compare this version with another version of the same code",
            description = "Nodes added, removed and changed (by code) from version `against` to this one, each changed "
                    + "field old → new. `against` of another code, missing or malformed: 400; unknown: 404.")
    public FrameworkDiffResponse diff(@PathParam("frameworkId") UUID frameworkId,
            @Parameter(description = "id of the version to compare with (the older side)", required = true)
            @QueryParam("against") String against) {
        return service.diff(frameworkId, against);
    }
}
