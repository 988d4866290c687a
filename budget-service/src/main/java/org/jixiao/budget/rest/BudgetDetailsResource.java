package org.jixiao.budget.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.budget.rest.BudgetDetailsDtos.BudgetDetailsResponse;
import org.jixiao.budget.rest.BudgetDetailsDtos.MonthlyExecutionRequest;
import org.jixiao.budget.rest.BudgetDetailsDtos.MonthlyExecutionResponse;
import org.jixiao.budget.rest.BudgetDetailsDtos.ProjectsRequest;
import org.jixiao.budget.rest.BudgetDetailsDtos.ProjectsResponse;
import org.jixiao.budget.rest.BudgetDetailsDtos.SpecialFundsRequest;
import org.jixiao.budget.rest.BudgetDetailsDtos.SpecialFundsResponse;
import org.jixiao.budget.rest.BudgetDetailsDtos.ThreePublicExpensesRequest;
import org.jixiao.budget.rest.BudgetDetailsDtos.ThreePublicExpensesResponse;
import org.jixiao.budget.service.BudgetDetailsService;
import org.jixiao.commons.problem.Problem;
import org.jixiao.commons.security.Roles;

/**
 * A unit-year's detail lists under its budget: 项目支出, 三公经费, 专项资金 and monthly execution. Reading is allowed as
 * for the budget, writing to the roles that write budgets; the unit-year must have a budget (else 404).
 */
@Path("/api/v1/budgets/{unitCode}/{fiscalYear}")
@Tag(name = "Budget details", description = "预算明细: 项目支出, 三公经费, 专项资金, 月度执行 (绩效运行监控)")
public class BudgetDetailsResource {
    private static final String REPLACES = " Replaces the whole list in one transaction (nothing is written when "
            + "anything is refused); amounts in the stated amountUnit, answered in 元. 400 names every bad field with a "
            + "stable code; 404 when the unit is not visible or has no budget for the year. A change is in the audit "
            + "trail and announced as budget.updated; an identical PUT changes nothing.";
    private static final String PROBLEM = "#/components/schemas/Problem";

    private final BudgetDetailsService service;

    public BudgetDetailsResource(BudgetDetailsService service) {
        this.service = service;
    }

    // 项目支出

    @GET
    @Path("/projects")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.DISTRICT_SYSTEM, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(operationId = "getBudgetProjects", summary = "项目支出: the unit-year's project lines, in 元, with execution rates and warnings",
            description = "version 0 and no lines while none were stated. warnings flags Σ actualExpenditure ≠ the "
                    + "unit-year's projectExpenditure (PROJECT_ACTUALS_NOT_PROJECT_EXPENDITURE), never fixes it.")
    public ProjectsResponse projects(@PathParam("unitCode") @Parameter(example = "410402001") String unitCode,
            @PathParam("fiscalYear") @Min(BudgetDtos.MIN_YEAR) @Max(BudgetDtos.MAX_YEAR) int fiscalYear) {
        return service.projects(unitCode, fiscalYear);
    }

    @PUT
    @Path("/projects")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.DISTRICT_SYSTEM})
    @Operation(operationId = "putBudgetProjects", summary = "项目支出: replace the unit-year's project lines", description = REPLACES
            + " Codes: MISSING_FIELD, DUPLICATE_PROJECT_CODE, INVALID_PROJECT_CODE, INVALID_FUNCTIONAL_CODE (3, 5 or 7 "
            + "digits), INVALID_ECONOMIC_CODE (3 or 5 digits), NEGATIVE_AMOUNT, TOO_MANY_DECIMALS, NOT_NUMERIC, "
            + "TOO_LARGE, UNIT_MISMATCH, TOO_LONG, TOO_MANY_ITEMS. A sum of actuals that differs from the unit-year's "
            + "projectExpenditure is stored and answered with a warning: the 决算's 项目支出 may include projects the "
            + "list leaves out.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProjectsRequest.class),
            examples = @ExampleObject(name = "seed 001: 项目支出 196.75 万元 over three projects", value = """
                    {"amountUnit":"TEN_THOUSAND_YUAN","projects":[
                     {"projectCode":"410402-2023-001","projectName":"秸秆禁烧经费","fundSource":"GENERAL_APPROPRIATION",
                      "initialBudget":"30","actualExpenditure":"36.5","functionalCode":"2130599","economicCode":"30227"},
                     {"projectCode":"410402-2023-002","projectName":"综合治理工作经费","initialBudget":"40",
                      "adjustedBudget":"45","actualExpenditure":"45","functionalCode":"20406","economicCode":"302"},
                     {"projectCode":"410402-2023-003","projectName":"武装工作经费","initialBudget":"100",
                      "adjustedBudget":"115.25","actualExpenditure":"115.25","functionalCode":"203"}]}""")))
    @APIResponse(responseCode = "200", description = "Stored (or unchanged); in 元, with rates and warnings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProjectsResponse.class)))
    public ProjectsResponse putProjects(@PathParam("unitCode") @Parameter(example = "410402001") String unitCode,
            @PathParam("fiscalYear") @Min(BudgetDtos.MIN_YEAR) @Max(BudgetDtos.MAX_YEAR) int fiscalYear,
            @NotNull @Valid ProjectsRequest request) {
        return service.putProjects(unitCode, fiscalYear, request);
    }

    // 三公经费

    @GET
    @Path("/three-public-expenses")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.DISTRICT_SYSTEM, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(operationId = "getBudgetThreePublicExpenses", summary = "三公经费 by item (因公出国(境), 公务用车购置及运行, 公务接待) with control rates",
            description = "Each item's 三公经费控制率 = actual ÷ budget, and the unit-year's recomputed from the sums. "
                    + "A budget of 0 gives no rate but a reason: 0 spent of 0 is no overspend (seed 002), anything spent "
                    + "of 0 is an overspend. warnings flags items that no longer add up to threePublicBudget / "
                    + "threePublicActual because those changed after the items were stored.")
    public ThreePublicExpensesResponse threePublicExpenses(
            @PathParam("unitCode") @Parameter(example = "410402001") String unitCode,
            @PathParam("fiscalYear") @Min(BudgetDtos.MIN_YEAR) @Max(BudgetDtos.MAX_YEAR) int fiscalYear) {
        return service.threePublicExpenses(unitCode, fiscalYear);
    }

    @PUT
    @Path("/three-public-expenses")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.DISTRICT_SYSTEM})
    @Operation(operationId = "putBudgetThreePublicExpenses", summary = "三公经费: replace the unit-year's three items", description = REPLACES
            + " The list is empty or names each item once (MISSING_ITEM, DUPLICATE_ITEM); actual is given for all "
            + "three or none (ACTUAL_PARTIALLY_STATED). 422 (THREE_PUBLIC_BUDGET_MISMATCH, THREE_PUBLIC_ACTUAL_MISMATCH) "
            + "when the sums differ from the unit-year's threePublicBudget / threePublicActual: 三公经费 is by definition "
            + "the sum of these three items, so the two are one figure stated twice, and keeping both would give "
            + "threePublicControlRate two values. Correct whichever is wrong first.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ThreePublicExpensesRequest.class),
            examples = {@ExampleObject(name = "seed 002: nothing budgeted, nothing spent", value = """
                    {"amountUnit":"TEN_THOUSAND_YUAN","items":[{"item":"OVERSEAS_TRAVEL","budget":"0","actual":"0"},
                     {"item":"OFFICIAL_VEHICLES","budget":"0","actual":"0"},
                     {"item":"OFFICIAL_RECEPTION","budget":"0","actual":"0"}]}"""),
                    @ExampleObject(name = "budget only, early in the year", value = """
                    {"amountUnit":"YUAN","items":[{"item":"OVERSEAS_TRAVEL","budget":"0"},
                     {"item":"OFFICIAL_VEHICLES","budget":"30000"},{"item":"OFFICIAL_RECEPTION","budget":"20000"}]}""")}))
    @APIResponse(responseCode = "200", description = "Stored (or unchanged); in 元, with control rates",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ThreePublicExpensesResponse.class)))
    @APIResponse(responseCode = "422", description = "The items' sums differ from the unit-year's 三公经费 figures",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = PROBLEM)))
    public ThreePublicExpensesResponse putThreePublicExpenses(
            @PathParam("unitCode") @Parameter(example = "410402001") String unitCode,
            @PathParam("fiscalYear") @Min(BudgetDtos.MIN_YEAR) @Max(BudgetDtos.MAX_YEAR) int fiscalYear,
            @NotNull @Valid ThreePublicExpensesRequest request) {
        return service.putThreePublicExpenses(unitCode, fiscalYear, request);
    }

    // 专项资金

    @GET
    @Path("/special-funds")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.DISTRICT_SYSTEM, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(operationId = "getBudgetSpecialFunds", summary = "专项资金 with their detail rates and the derived specialFundDetailRate",
            description = "specialFundDetailRate = Σ detailedAmount ÷ Σ totalAmount. warnings flags a list that no "
                    + "longer adds up to specialFundsTotal / specialFundsDetailed because those changed later.")
    public SpecialFundsResponse specialFunds(@PathParam("unitCode") @Parameter(example = "410402001") String unitCode,
            @PathParam("fiscalYear") @Min(BudgetDtos.MIN_YEAR) @Max(BudgetDtos.MAX_YEAR) int fiscalYear) {
        return service.specialFunds(unitCode, fiscalYear);
    }

    @PUT
    @Path("/special-funds")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.DISTRICT_SYSTEM})
    @Operation(operationId = "putBudgetSpecialFunds", summary = "专项资金: replace the unit-year's special funds", description = REPLACES
            + " Codes: MISSING_FIELD, DUPLICATE_SPECIAL_FUND_CODE, INVALID_SPECIAL_FUND_CODE, DETAILED_EXCEEDS_TOTAL, "
            + "NEGATIVE_AMOUNT, TOO_MANY_DECIMALS, NOT_NUMERIC, TOO_LARGE. 422 (SPECIAL_FUNDS_TOTAL_MISMATCH, "
            + "SPECIAL_FUNDS_DETAILED_MISMATCH) when the sums differ from the unit-year's specialFundsTotal / "
            + "specialFundsDetailed: those are by definition these sums, stated twice.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SpecialFundsRequest.class),
            examples = @ExampleObject(name = "seed 002 style: 细化率 99%", value = """
                    {"amountUnit":"TEN_THOUSAND_YUAN","specialFunds":[
                     {"code":"ZX-2021-07","name":"农村人居环境整治专项资金","totalAmount":"300","detailedAmount":"297"}]}""")))
    @APIResponse(responseCode = "200", description = "Stored (or unchanged); in 元, with detail rates",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SpecialFundsResponse.class)))
    @APIResponse(responseCode = "422", description = "The sums differ from the unit-year's 专项资金 figures",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = PROBLEM)))
    public SpecialFundsResponse putSpecialFunds(
            @PathParam("unitCode") @Parameter(example = "410402001") String unitCode,
            @PathParam("fiscalYear") @Min(BudgetDtos.MIN_YEAR) @Max(BudgetDtos.MAX_YEAR) int fiscalYear,
            @NotNull @Valid SpecialFundsRequest request) {
        return service.putSpecialFunds(unitCode, fiscalYear, request);
    }

    // 月度执行

    @GET
    @Path("/monthly-execution")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.DISTRICT_SYSTEM, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(operationId = "getBudgetMonthlyExecution", summary = "绩效运行监控: cumulative execution by month against time progress (双监控)",
            description = "Per month: executionProgress = cumulativeActual ÷ budgetInForce (adjustedBudget, else "
                    + "initialBudget, as it stands now), timeProgress = month ÷ 12, progressGap = timeProgress − "
                    + "executionProgress in percentage points and behindSchedule when it is positive (September: time "
                    + "75.00%). Percents HALF_UP to 2 decimals.")
    public MonthlyExecutionResponse monthlyExecution(
            @PathParam("unitCode") @Parameter(example = "410402001") String unitCode,
            @PathParam("fiscalYear") @Min(BudgetDtos.MIN_YEAR) @Max(BudgetDtos.MAX_YEAR) int fiscalYear) {
        return service.monthlyExecution(unitCode, fiscalYear);
    }

    @PUT
    @Path("/monthly-execution")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.DISTRICT_SYSTEM})
    @Operation(operationId = "putBudgetMonthlyExecution", summary = "绩效运行监控: replace the unit-year's monthly cumulative execution", description = REPLACES
            + " Codes: MISSING_FIELD, MONTH_OUT_OF_RANGE, NOT_AN_INTEGER, DUPLICATE_MONTH, CUMULATIVE_DECREASED (a "
            + "month below an earlier one, named in the message), NEGATIVE_AMOUNT, TOO_MANY_DECIMALS, NOT_NUMERIC, "
            + "TOO_LARGE. A December figure that differs from actualExpenditure is stored with a warning.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MonthlyExecutionRequest.class),
            examples = @ExampleObject(name = "through September", value = """
                    {"amountUnit":"TEN_THOUSAND_YUAN","months":[{"month":3,"cumulativeActual":"120.5"},
                     {"month":6,"cumulativeActual":"260"},{"month":9,"cumulativeActual":"350.2"}]}""")))
    @APIResponse(responseCode = "200", description = "Stored (or unchanged); in 元, with progress per month",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MonthlyExecutionResponse.class)))
    public MonthlyExecutionResponse putMonthlyExecution(
            @PathParam("unitCode") @Parameter(example = "410402001") String unitCode,
            @PathParam("fiscalYear") @Min(BudgetDtos.MIN_YEAR) @Max(BudgetDtos.MAX_YEAR) int fiscalYear,
            @NotNull @Valid MonthlyExecutionRequest request) {
        return service.putMonthlyExecution(unitCode, fiscalYear, request);
    }

    // all together

    @GET
    @Path("/details")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.DISTRICT_SYSTEM, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(operationId = "getBudgetDetails", summary = "The unit-year's figures and all its detail lists in one answer",
            description = "budget as GET /api/v1/budgets/{unitCode}/{fiscalYear} answers it, then the four lists as "
                    + "their own GETs answer them, read in one transaction.")
    public BudgetDetailsResponse details(@PathParam("unitCode") @Parameter(example = "410402001") String unitCode,
            @PathParam("fiscalYear") @Min(BudgetDtos.MIN_YEAR) @Max(BudgetDtos.MAX_YEAR) int fiscalYear) {
        return service.all(unitCode, fiscalYear);
    }
}
