package org.jixiao.budget.rest;

import jakarta.ws.rs.Produces;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.budget.rest.UnitDtos.UnitProfileRequest;
import org.jixiao.budget.rest.UnitDtos.UnitProfileResponse;
import org.jixiao.budget.rest.UnitDtos.UnitRequest;
import org.jixiao.budget.rest.UnitDtos.UnitResponse;
import org.jixiao.budget.service.UnitProfileService;
import org.jixiao.budget.service.UnitService;
import org.jixiao.commons.api.Page;
import org.jixiao.commons.security.Roles;

@Path("/api/v1/units")
@Tag(name = "Units", description = "预算单位与行政区划")
public class UnitResource {
    private final UnitService service;
    private final UnitProfileService profiles;

    public UnitResource(UnitService service, UnitProfileService profiles) {
        this.service = service;
        this.profiles = profiles;
    }

    @POST
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.DISTRICT_SYSTEM})
    @Operation(operationId = "registerUnit", summary = "Register a budget unit (预算单位)",
            description = "The unit's regionCode must lie inside the caller's region; a parentCode must name a unit "
                    + "the caller can see. 409 when the unitCode is already registered.")
    @APIResponse(responseCode = "201", description = "Registered; Location is the unit's path",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = UnitResponse.class)))
    public Response register(@NotNull @Valid UnitRequest request) {
        UnitResponse unit = service.register(request);
        return Response.created(URI.create("/api/v1/units/" + unit.unitCode())).entity(unit).build();
    }

    @GET
    @Path("/{unitCode}")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.DISTRICT_SYSTEM, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(operationId = "getUnit", summary = "Get a unit by its unitCode",
            description = "404 when no such unit is registered inside the caller's region.")
    public UnitResponse get(@PathParam("unitCode") @Parameter(example = "620201001") String unitCode) {
        return service.get(unitCode);
    }

    @GET
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.DISTRICT_SYSTEM, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(operationId = "listUnits",
            summary = "List units whose regionCode starts with a prefix (a region's whole subtree), paged",
            description = "Only units inside the caller's region are listed and counted. Ordered by regionCode, then unitCode.")
    @Produces(MediaType.APPLICATION_JSON)
    public Page<UnitResponse> list(
            @Parameter(description = "GB/T 2260 prefix (0 to 9 digits; empty: the caller's whole region)",
                    example = "620201")
            @QueryParam("regionCode") @DefaultValue("") @Pattern(regexp = "\\d{0,9}", message = "digits of a GB/T 2260 prefix")
            String regionCode,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return service.list(regionCode, page, size);
    }

    @PUT
    @Path("/{unitCode}/profiles/{fiscalYear}")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.DISTRICT_SYSTEM, Roles.UNIT_REPORTER})
    @Operation(operationId = "putUnitProfile", summary = "Create or replace a unit's yearly profile (单位基本情况)",
            description = "内设机构, 下设事业单位, 编制数, 在编在岗人数 and 职责 for one fiscal year, as reports quote them. "
                    + "编制数 and 在编在岗人数 also feed staffControlRate when the budget itself does not state them. "
                    + "An identical PUT keeps the version.")
    @RequestBody(content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = UnitProfileRequest.class),
            examples = @ExampleObject(name = "seed 000 style", value = """
                    {"internalDepartments":["党政综合办公室","社区建设办公室","经济发展办公室"],
                     "affiliatedInstitutions":["综合行政执法队","社区服务中心"],
                     "authorisedPosts":45,"staffInPost":44,
                     "responsibilities":["负责辖区党的建设工作","组织实施辖区社区建设和社会治理"]}""")))
    public UnitProfileResponse putProfile(@PathParam("unitCode") @Parameter(example = "620201001") String unitCode,
            @PathParam("fiscalYear") @Min(BudgetDtos.MIN_YEAR) @Max(BudgetDtos.MAX_YEAR) int fiscalYear,
            @NotNull @Valid UnitProfileRequest request) {
        return profiles.put(unitCode, fiscalYear, request);
    }

    @GET
    @Path("/{unitCode}/profiles/{fiscalYear}")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.DISTRICT_SYSTEM, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(operationId = "getUnitProfile", summary = "Get a unit's yearly profile (单位基本情况)",
            description = "404 when the unit is not visible or has no profile for the fiscal year.")
    public UnitProfileResponse getProfile(@PathParam("unitCode") @Parameter(example = "620201001") String unitCode,
            @PathParam("fiscalYear") @Min(BudgetDtos.MIN_YEAR) @Max(BudgetDtos.MAX_YEAR) int fiscalYear) {
        return profiles.get(unitCode, fiscalYear);
    }
}
