package org.jixiao.budget.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.budget.rest.BudgetDtos.RegionAggregatesResponse;
import org.jixiao.budget.service.BudgetService;
import org.jixiao.commons.security.Roles;

@Path("/api/v1/budgets/aggregates")
@Tag(name = "Budgets", description = "预算与财政指标")
public class BudgetAggregateResource {
    private final BudgetService service;

    public BudgetAggregateResource(BudgetService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.DISTRICT_SYSTEM, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(operationId = "getBudgetAggregates",
            summary = "Region totals and average execution rate for a fiscal year (省级平台汇总)",
            description = "Sums initial and adjusted budgets and actual expenditure (元) over the units whose "
                    + "regionCode starts with the regionCode parameter, with the mean of their 预算执行率 and the overall "
                    + "rate Σ actual ÷ Σ budget; only units inside the caller's region count. With groupDigits (e.g. 6 "
                    + "under a city prefix of 4) also one entry per sub-region, ordered by regionCode.")
    public RegionAggregatesResponse aggregates(
            @Parameter(description = "GB/T 2260 prefix: 2 digits province, 4 city, 6 county, 9 township", example = "6202")
            @QueryParam("regionCode") @NotNull @Pattern(regexp = "\\d{2,9}", message = "2 to 9 digits of a GB/T 2260 code")
            String regionCode,
            @Parameter(example = "2023")
            @QueryParam("fiscalYear") @NotNull @Min(BudgetDtos.MIN_YEAR) @Max(BudgetDtos.MAX_YEAR) Integer fiscalYear,
            @Parameter(description = "length of the sub-region codes to group by, longer than regionCode", example = "6")
            @QueryParam("groupDigits") @Min(3) @Max(9) Integer groupDigits) {
        return service.aggregates(regionCode, fiscalYear, groupDigits);
    }
}
