package org.jixiao.budget.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.budget.rest.UnitDtos.UnitPage;
import org.jixiao.budget.rest.UnitDtos.UnitRequest;
import org.jixiao.budget.rest.UnitDtos.UnitResponse;
import org.jixiao.budget.service.UnitService;
import org.jixiao.commons.web.ProblemResponses;

@Path("/api/v1/units")
@Tag(name = "Units", description = "预算单位与行政区划")
@ProblemResponses
public class UnitResource {
    private final UnitService service;

    public UnitResource(UnitService service) {
        this.service = service;
    }

    @POST
    @Operation(summary = "Register a budget unit (预算单位)")
    public Response register(@NotNull @Valid UnitRequest request) {
        UnitResponse unit = service.register(request);
        return Response.created(URI.create("/api/v1/units/" + unit.code())).entity(unit).build();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Get a unit by its code")
    public UnitResponse get(@PathParam("code") String code) {
        return service.get(code);
    }

    @GET
    @Operation(summary = "List units whose region code starts with a prefix (a region's whole subtree), paged")
    public UnitPage list(
            @QueryParam("region") @DefaultValue("") @Pattern(regexp = "\\d{0,9}", message = "digits of a GB/T 2260 prefix") String region,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return service.list(region, page, size);
    }
}
