package org.jixiao.indicator.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.commons.security.Roles;
import org.jixiao.indicator.domain.framework.IndicatorCategory;
import org.jixiao.indicator.domain.framework.IndicatorSubCategory;
import org.jixiao.indicator.rest.LibraryDtos.LibraryIndicator;
import org.jixiao.indicator.service.LibraryService;

@Path("/api/v1/library")
@Tag(name = "Library", description = "指标库: every indicator ever published")
public class LibraryResource {
    private final LibraryService service;

    public LibraryResource(LibraryService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(summary = "Search the indicator library",
            description = "By Chinese substring of the name (pg_trgm index), 一级 category and 二级 sub-category; the "
                    + "most used first. Copy one into a declaration with POST /api/v1/declarations/{id}/indicators/from-library.")
    public List<LibraryIndicator> search(
            @QueryParam("q") @Size(max = 100) @Parameter(description = "part of the name", example = "就业") String q,
            @QueryParam("category") @Parameter(example = "OUTPUT") IndicatorCategory category,
            @QueryParam("subCategory") @Parameter(example = "QUANTITY") IndicatorSubCategory subCategory,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return service.search(q, category, subCategory, page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(summary = "Get one library indicator with its copyable definition")
    public LibraryIndicator get(@PathParam("id") UUID id) {
        return service.get(id);
    }
}
