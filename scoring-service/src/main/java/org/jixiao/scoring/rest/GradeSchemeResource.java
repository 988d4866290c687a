package org.jixiao.scoring.rest;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.commons.api.Page;
import org.jixiao.commons.security.Roles;
import org.jixiao.scoring.rest.GradeSchemeDtos.CreateRequest;
import org.jixiao.scoring.rest.GradeSchemeDtos.GradeSchemeResponse;
import org.jixiao.scoring.rest.GradeSchemeDtos.UpdateRequest;
import org.jixiao.scoring.service.GradeSchemeService;

@Path("/api/v1/grade-schemes")
@Tag(name = "Grade schemes", description = "评价等级方案: 全国通行 (NATIONAL)、嘉峪关 (JIAYUGUAN) 内置，其他地区通过接口创建")
public class GradeSchemeResource {
    private final GradeSchemeService service;

    public GradeSchemeResource(GradeSchemeService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(operationId = "listGradeSchemes",
            summary = "Every grade scheme: the built-in ones first, then the stored ones by code",
            description = "The built-in schemes (NATIONAL, JIAYUGUAN) first, then the stored schemes the caller may use "
                    + "(national ones, their region's, enclosing or inside it), ordered by code.")
    @Produces(MediaType.APPLICATION_JSON)
    public Page<GradeSchemeResponse> list(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return Page.slice(service.list(), page, size);
    }

    @GET
    @Path("/{schemeCode}")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(operationId = "getGradeScheme", summary = "One grade scheme with its half-open bands",
            description = "The scheme with its bands, lowest first; 404 for a stored scheme of a region the caller "
                    + "cannot see.")
    public GradeSchemeResponse get(@PathParam("schemeCode") String schemeCode) {
        return service.get(schemeCode);
    }

    @POST
    @RolesAllowed(Roles.FINANCE_ADMIN)
    @Operation(operationId = "createGradeScheme", summary = "Create a jurisdiction's grade scheme",
            description = "Bands are half-open [lower, next lower), listed lowest first from 0; a code already taken "
                    + "(built in or stored, ignoring case) is 409.")
    @APIResponse(responseCode = "201", description = "created; Location is the new scheme",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = GradeSchemeResponse.class)))
    public Response create(@NotNull @Valid CreateRequest request) {
        GradeSchemeResponse created = service.create(request);
        return Response.created(URI.create("/api/v1/grade-schemes/" + created.code())).entity(created).build();
    }

    @PUT
    @Path("/{schemeCode}")
    @RolesAllowed(Roles.FINANCE_ADMIN)
    @Operation(operationId = "putGradeScheme", summary = "Change a stored grade scheme's name and bands",
            description = "Built-in schemes are 409. Finalized evaluations keep their grade; re-grade open ones with a "
                    + "re-score job.")
    public GradeSchemeResponse update(@PathParam("schemeCode") String schemeCode, @NotNull @Valid UpdateRequest request) {
        return service.update(schemeCode, request);
    }
}
