package org.jixiao.budget.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.budget.rest.BudgetDtos.BudgetRequest;
import org.jixiao.budget.rest.BudgetDtos.BudgetResponse;
import org.jixiao.budget.rest.BudgetDtos.HistoryResponse;
import org.jixiao.budget.rest.BudgetDtos.MetricsResponse;
import org.jixiao.budget.service.BudgetService;
import org.jixiao.commons.problem.ProblemException;
import org.jixiao.commons.security.Roles;

@Path("/api/v1/budgets/{unitCode}/{fiscalYear}")
@Tag(name = "Budgets", description = "预算与财政指标")
public class BudgetResource {
    private final BudgetService service;

    public BudgetResource(BudgetService service) {
        this.service = service;
    }

    @PUT
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.DISTRICT_SYSTEM})
    @Operation(summary = "Create or replace a unit's figures for a fiscal year",
            description = "Amounts in the stated amountUnit are stored exactly in 元. A repeated identical PUT changes nothing.")
    public BudgetResponse put(@PathParam("unitCode") String unitCode,
            @PathParam("fiscalYear") @Min(BudgetDtos.MIN_YEAR) @Max(BudgetDtos.MAX_YEAR) int fiscalYear,
            @Parameter(description = "id of the calling system, recorded in the history as its source system",
                    example = "district-620201") @HeaderParam(RequestHeaders.SOURCE_SYSTEM) String sourceSystem,
            @NotNull @Valid BudgetRequest request) {
        return service.put(unitCode, fiscalYear, request, RequestHeaders.sourceSystem(sourceSystem));
    }

    @GET
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.DISTRICT_SYSTEM, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(summary = "Get a unit's figures for a fiscal year, in 元, now or as of a past instant",
            description = "With asOf, the figures as they stood at that instant (from the history); 404 when the "
                    + "unit-year had no figures yet.")
    public BudgetResponse get(@PathParam("unitCode") String unitCode,
            @PathParam("fiscalYear") @Min(BudgetDtos.MIN_YEAR) @Max(BudgetDtos.MAX_YEAR) int fiscalYear,
            @Parameter(description = "ISO 8601 instant with offset", example = "2024-03-01T00:00:00Z")
            @QueryParam("asOf") String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return service.get(unitCode, fiscalYear);
        }
        OffsetDateTime instant;
        try {
            instant = OffsetDateTime.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("asOf", "INVALID_INSTANT",
                    "an ISO 8601 instant with offset, e.g. 2024-03-01T00:00:00Z or 2024-03-01T08:00:00+08:00");
        }
        return service.getAsOf(unitCode, fiscalYear, instant);
    }

    @GET
    @Path("/history")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.DISTRICT_SYSTEM, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(summary = "Every change of a unit's figures for a fiscal year",
            description = "Oldest first: who (the caller's token subject), when, source system, request id, "
                    + "Idempotency-Key of a bulk push, and the resource before and after.")
    public HistoryResponse history(@PathParam("unitCode") String unitCode,
            @PathParam("fiscalYear") @Min(BudgetDtos.MIN_YEAR) @Max(BudgetDtos.MAX_YEAR) int fiscalYear) {
        return service.history(unitCode, fiscalYear);
    }

    @GET
    @Path("/metrics")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.DISTRICT_SYSTEM, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(summary = "Fiscal metrics (预算执行率, 预算调整率 …) with formula, inputs and value")
    public MetricsResponse metrics(@PathParam("unitCode") String unitCode,
            @PathParam("fiscalYear") @Min(BudgetDtos.MIN_YEAR) @Max(BudgetDtos.MAX_YEAR) int fiscalYear) {
        return service.metrics(unitCode, fiscalYear);
    }
}
