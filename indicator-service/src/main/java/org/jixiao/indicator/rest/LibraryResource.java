package org.jixiao.indicator.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.Produces;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.commons.api.Page;
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
    @Operation(operationId = "searchLibraryIndicators", summary = "Search the indicator library",
            description = "By Chinese substring of the name (pg_trgm index), 一级 category and 二级 sub-category. "
                    + "Ordered by usage count descending, then name. Copy one into a declaration with "
                    + "POST /api/v1/declarations/{declarationId}/indicators/from-library.")
    @Produces(MediaType.APPLICATION_JSON)
    public Page<LibraryIndicator> search(
            @QueryParam("q") @Size(max = 100) @Parameter(description = "part of the name", example = "就业") String q,
            @QueryParam("category") @Parameter(example = "OUTPUT") IndicatorCategory category,
            @QueryParam("subCategory") @Parameter(example = "QUANTITY") IndicatorSubCategory subCategory,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return service.search(q, category, subCategory, page, size);
    }

    @GET
    @Path("/{libraryIndicatorId}")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(operationId = "getLibraryIndicator", summary = "Get one library indicator with its copyable definition",
            description = "404 when unknown. Its `id` is the `libraryIndicatorId` of a copy into a declaration.")
    public LibraryIndicator get(@PathParam("libraryIndicatorId") UUID libraryIndicatorId) {
        return service.get(libraryIndicatorId);
    }
}
