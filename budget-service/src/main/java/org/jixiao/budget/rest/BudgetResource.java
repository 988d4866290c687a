package org.jixiao.budget.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.budget.rest.BudgetDtos.BudgetRequest;
import org.jixiao.budget.rest.BudgetDtos.BudgetResponse;
import org.jixiao.budget.rest.BudgetDtos.MetricsResponse;
import org.jixiao.budget.service.BudgetService;
import org.jixiao.commons.web.ProblemResponses;

@Path("/api/v1/budgets/{unitCode}/{fiscalYear}")
@Tag(name = "Budgets", description = "预算与财政指标")
@ProblemResponses
public class BudgetResource {
    private final BudgetService service;

    public BudgetResource(BudgetService service) {
        this.service = service;
    }

    @PUT
    @Operation(summary = "Create or replace a unit's figures for a fiscal year",
            description = "Amounts in the stated amountUnit are stored exactly in 元. A repeated identical PUT changes nothing.")
    public BudgetResponse put(@PathParam("unitCode") String unitCode,
            @PathParam("fiscalYear") @Min(BudgetDtos.MIN_YEAR) @Max(BudgetDtos.MAX_YEAR) int fiscalYear,
            @NotNull @Valid BudgetRequest request) {
        return service.put(unitCode, fiscalYear, request);
    }

    @GET
    @Operation(summary = "Get a unit's figures for a fiscal year, in 元")
    public BudgetResponse get(@PathParam("unitCode") String unitCode,
            @PathParam("fiscalYear") @Min(BudgetDtos.MIN_YEAR) @Max(BudgetDtos.MAX_YEAR) int fiscalYear) {
        return service.get(unitCode, fiscalYear);
    }

    @GET
    @Path("/metrics")
    @Operation(summary = "Fiscal metrics (预算执行率, 预算调整率 …) with formula, inputs and value")
    public MetricsResponse metrics(@PathParam("unitCode") String unitCode,
            @PathParam("fiscalYear") @Min(BudgetDtos.MIN_YEAR) @Max(BudgetDtos.MAX_YEAR) int fiscalYear) {
        return service.metrics(unitCode, fiscalYear);
    }
}
