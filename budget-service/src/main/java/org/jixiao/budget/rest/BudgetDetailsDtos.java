package org.jixiao.budget.rest;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.budget.domain.AmountUnit;
import org.jixiao.budget.domain.DetailIssue;
import org.jixiao.budget.domain.FundSource;
import org.jixiao.budget.domain.Metric;
import org.jixiao.budget.domain.MonthProgress;
import org.jixiao.budget.domain.ThreePublicItem;
import org.jixiao.budget.rest.BudgetDtos.BudgetResponse;

/**
 * Requests and answers of a unit-year's detail lists (项目支出, 三公经费, 专项资金, 月度执行). Each PUT replaces its whole
 * list; amounts are decimal text or numbers in the stated amountUnit and are answered in 元 with 2 decimals.
 */
public final class BudgetDetailsDtos {
    private BudgetDetailsDtos() {
    }

    private static final String AMOUNT = "decimal text or number in amountUnit (元: 2 decimals, 万元: 6); full-width "
            + "digits accepted";
    private static final String VERSION = "version of this list; 0 while it was never stated";

    // 项目支出

    @Schema(name = "ProjectLinesRequest", description = "The unit-year's whole 项目支出 list; replaces the stored one "
            + "(an empty list removes it)")
    public record ProjectsRequest(
            @NotNull @Schema(required = true, description = "元 (YUAN) or 万元 (TEN_THOUSAND_YUAN), never guessed",
                    example = "TEN_THOUSAND_YUAN") AmountUnit amountUnit,
            @NotNull @Schema(required = true, maxItems = 5000) List<ProjectLineRequest> projects) {
    }

    @Schema(name = "ProjectLineRequest", description = "One project. " + AMOUNT)
    public record ProjectLineRequest(
            @Schema(required = true, description = "项目编码, unique in the list: 1 to 64 letters, digits, . _ / -",
                    example = "410402-2023-001") String projectCode,
            @Schema(required = true, description = "项目名称 (at most 200 characters)", example = "秸秆禁烧经费")
            String projectName,
            @Schema(description = "资金来源", example = "GENERAL_APPROPRIATION") FundSource fundSource,
            @Schema(required = true, description = "年初预算数", example = "80") String initialBudget,
            @Schema(description = "调整预算数 (absent: not adjusted)", example = "96.5") String adjustedBudget,
            @Schema(required = true, description = "实际支出", example = "96.5") String actualExpenditure,
            @Schema(description = "功能科目: 3, 5 or 7 digits (类 201, 款 20101, 项 2010101)", example = "2130599")
            String functionalCode,
            @Schema(description = "经济科目: 3 or 5 digits (类 302, 款 30201)", example = "30227") String economicCode) {
    }

    @Schema(name = "ProjectLine", description = "One project as stored, in 元")
    public record ProjectLineResponse(
            @Schema(required = true, example = "410402-2023-001") String projectCode,
            @Schema(required = true, example = "秸秆禁烧经费") String projectName,
            @Schema(description = "资金来源; null when not stated") FundSource fundSource,
            @Schema(required = true, description = "年初预算数, 元", example = "800000.00") BigDecimal initialBudget,
            @Schema(description = "调整预算数, 元; null: not adjusted", example = "965000.00") BigDecimal adjustedBudget,
            @Schema(required = true, description = "实际支出, 元", example = "965000.00") BigDecimal actualExpenditure,
            @Schema(description = "功能科目; null when not stated", example = "2130599") String functionalCode,
            @Schema(description = "经济科目; null when not stated", example = "30227") String economicCode,
            @Schema(description = "预算执行率: actualExpenditure ÷ (adjustedBudget, else initialBudget), percent HALF_UP "
                    + "2 decimals; null when that budget is 0", example = "100.00") BigDecimal executionRate) {
    }

    @Schema(name = "ProjectLines", description = "The unit-year's 项目支出 list with sums and consistency warnings")
    public record ProjectsResponse(
            @Schema(required = true, example = "410402001") String unitCode,
            @Schema(required = true, example = "2023") int fiscalYear,
            @Schema(required = true, description = VERSION, example = "1") int version,
            @Schema(description = "when the list last changed; null while it was never stated") OffsetDateTime updatedAt,
            @Schema(required = true, description = "in the order they were stated") List<ProjectLineResponse> projects,
            @Schema(required = true, description = "Σ initialBudget, 元 (0.00 without lines)", example = "1500000.00")
            BigDecimal totalInitialBudget,
            @Schema(required = true, description = "Σ (adjustedBudget, else initialBudget), 元", example = "1967500.00")
            BigDecimal totalBudgetInForce,
            @Schema(required = true, description = "Σ actualExpenditure, 元", example = "1967500.00")
            BigDecimal totalActualExpenditure,
            @Schema(description = "the unit-year's 项目支出 (Budget.projectExpenditure), which Σ actualExpenditure "
                    + "should equal; null when not stated", example = "1967500.00") BigDecimal projectExpenditure,
            @Schema(required = true, description = "consistency warnings (PROJECT_ACTUALS_NOT_PROJECT_EXPENDITURE): "
                    + "flagged, never fixed; empty when none") List<DetailIssue> warnings) {
    }

    // 三公经费

    @Schema(name = "ThreePublicExpensesRequest", description = "三公经费 by item: empty (removes the breakdown) or each "
            + "of the three items exactly once (state 0 for none). budget is required; actual for all three or none. "
            + "The sums must equal the unit-year's threePublicBudget / threePublicActual where those are stated (422).")
    public record ThreePublicExpensesRequest(
            @NotNull @Schema(required = true, example = "YUAN") AmountUnit amountUnit,
            @NotNull @Schema(required = true, maxItems = 3) List<ThreePublicItemRequest> items) {
    }

    @Schema(name = "ThreePublicItemRequest", description = "One 三公经费 item. " + AMOUNT)
    public record ThreePublicItemRequest(
            @Schema(required = true, description = "OVERSEAS_TRAVEL 因公出国(境), OFFICIAL_VEHICLES 公务用车购置及运行, "
                    + "OFFICIAL_RECEPTION 公务接待", example = "OFFICIAL_RECEPTION") ThreePublicItem item,
            @Schema(required = true, description = "预算数", example = "20000") String budget,
            @Schema(description = "实际支出数", example = "18500.5") String actual) {
    }

    @Schema(name = "ThreePublicExpenseItem", description = "One 三公经费 item as stored, in 元, with its control rate")
    public record ThreePublicItemResponse(
            @Schema(required = true, example = "OFFICIAL_RECEPTION") ThreePublicItem item,
            @Schema(required = true, example = "公务接待") String label,
            @Schema(required = true, description = "预算数, 元", example = "20000.00") BigDecimal budget,
            @Schema(description = "实际支出数, 元; null when not stated", example = "18500.50") BigDecimal actual,
            @Schema(description = "actual > budget; false for 0 spent of 0; null when actual is not stated",
                    example = "false") Boolean overspent,
            @Schema(required = true, description = "三公经费控制率 of the item: actual ÷ budget, percent; undefined with the "
                    + "reason when the budget is 0 (0 of 0: no overspend) or actual is not stated") Metric controlRate) {
    }

    @Schema(name = "ThreePublicExpenses", description = "The unit-year's 三公经费 by item, with sums and rates")
    public record ThreePublicExpensesResponse(
            @Schema(required = true, example = "410402001") String unitCode,
            @Schema(required = true, example = "2023") int fiscalYear,
            @Schema(required = true, description = VERSION, example = "1") int version,
            @Schema(description = "when the items last changed; null while they were never stated")
            OffsetDateTime updatedAt,
            @Schema(required = true, description = "in the order they were stated") List<ThreePublicItemResponse> items,
            @Schema(description = "Σ budget, 元; null without items", example = "50000.00") BigDecimal totalBudget,
            @Schema(description = "Σ actual, 元; null when not stated", example = "41000.00") BigDecimal totalActual,
            @Schema(description = "the unit-year's threePublicBudget (元), for comparison") BigDecimal threePublicBudget,
            @Schema(description = "the unit-year's threePublicActual (元), for comparison") BigDecimal threePublicActual,
            @Schema(required = true, description = "三公经费控制率 from the items' sums, as GET …/metrics computes it")
            Metric threePublicControlRate,
            @Schema(required = true, description = "the items no longer agree with the unit-year's figures because those changed later "
                    + "(THREE_PUBLIC_BUDGET_MISMATCH, THREE_PUBLIC_ACTUAL_MISMATCH)") List<DetailIssue> warnings) {
    }

    // 专项资金

    @Schema(name = "SpecialFundsRequest", description = "The unit-year's whole 专项资金 list; replaces the stored one. "
            + "Σ totalAmount and Σ detailedAmount must equal the unit-year's specialFundsTotal / specialFundsDetailed "
            + "where those are stated (422).")
    public record SpecialFundsRequest(
            @NotNull @Schema(required = true, example = "TEN_THOUSAND_YUAN") AmountUnit amountUnit,
            @NotNull @Schema(required = true, maxItems = 5000) List<SpecialFundRequest> specialFunds) {
    }

    @Schema(name = "SpecialFundRequest", description = "One special fund. " + AMOUNT)
    public record SpecialFundRequest(
            @Schema(required = true, description = "编码, unique in the list: 1 to 64 letters, digits, . _ / -",
                    example = "ZX-2021-07") String code,
            @Schema(required = true, description = "专项资金名称 (at most 200 characters)", example = "农村人居环境整治专项资金")
            String name,
            @Schema(required = true, description = "资金总数 (部门参与分配的资金数)", example = "300") String totalAmount,
            @Schema(required = true, description = "已细化到具体项目（承担单位）的金额, at most totalAmount",
                    example = "297") String detailedAmount) {
    }

    @Schema(name = "SpecialFund", description = "One special fund as stored, in 元")
    public record SpecialFundResponse(
            @Schema(required = true, example = "ZX-2021-07") String code,
            @Schema(required = true, example = "农村人居环境整治专项资金") String name,
            @Schema(required = true, description = "资金总数, 元", example = "3000000.00") BigDecimal totalAmount,
            @Schema(required = true, description = "已细化金额, 元", example = "2970000.00") BigDecimal detailedAmount,
            @Schema(description = "detailedAmount ÷ totalAmount, percent; null when the total is 0", example = "99.00")
            BigDecimal detailRate) {
    }

    @Schema(name = "SpecialFunds", description = "The unit-year's 专项资金 with sums and the derived specialFundDetailRate")
    public record SpecialFundsResponse(
            @Schema(required = true, example = "410402001") String unitCode,
            @Schema(required = true, example = "2023") int fiscalYear,
            @Schema(required = true, description = VERSION, example = "1") int version,
            @Schema(description = "when the list last changed; null while it was never stated") OffsetDateTime updatedAt,
            @Schema(required = true, description = "in the order they were stated") List<SpecialFundResponse> specialFunds,
            @Schema(required = true, description = "Σ totalAmount, 元 (0.00 without funds)", example = "3000000.00")
            BigDecimal totalAmount,
            @Schema(required = true, description = "Σ detailedAmount, 元", example = "2970000.00")
            BigDecimal detailedAmount,
            @Schema(description = "the unit-year's specialFundsTotal (元), for comparison") BigDecimal specialFundsTotal,
            @Schema(description = "the unit-year's specialFundsDetailed (元), for comparison")
            BigDecimal specialFundsDetailed,
            @Schema(required = true, description = "专项资金细化率 = Σ detailedAmount ÷ Σ totalAmount, as GET …/metrics computes it from "
                    + "specialFundsDetailed ÷ specialFundsTotal; undefined without funds") Metric specialFundDetailRate,
            @Schema(required = true, description = "the list no longer agrees with the unit-year's figures because those "
                    + "changed later (SPECIAL_FUNDS_TOTAL_MISMATCH, SPECIAL_FUNDS_DETAILED_MISMATCH)") List<DetailIssue> warnings) {
    }

    // 月度执行 (绩效运行监控)

    @Schema(name = "MonthlyExecutionRequest", description = "Cumulative actual expenditure at the end of each month, "
            + "replacing the stored months. Months 1 to 12, each at most once, any order, gaps allowed; a cumulative "
            + "figure never decreases.")
    public record MonthlyExecutionRequest(
            @NotNull @Schema(required = true, example = "TEN_THOUSAND_YUAN") AmountUnit amountUnit,
            @NotNull @Schema(required = true, maxItems = 12) List<MonthRequest> months) {
    }

    @Schema(name = "MonthRequest", description = "One month. " + AMOUNT)
    public record MonthRequest(
            @Schema(required = true, implementation = Integer.class, type = SchemaType.INTEGER, minimum = "1",
                    maximum = "12", example = "9")
            BigDecimal month,
            @Schema(required = true, description = "1 月至本月累计实际支出", example = "350.2") String cumulativeActual) {
    }

    @Schema(name = "MonthlyExecution", description = "The unit-year's monthly execution with 双监控 progress: execution "
            + "progress against time progress, month by month")
    public record MonthlyExecutionResponse(
            @Schema(required = true, example = "410402001") String unitCode,
            @Schema(required = true, example = "2023") int fiscalYear,
            @Schema(required = true, description = VERSION, example = "1") int version,
            @Schema(description = "when the months last changed; null while they were never stated")
            OffsetDateTime updatedAt,
            @Schema(required = true, description = "the budget progress is measured against, 元: the unit-year's "
                    + "adjustedBudget, else its initialBudget, as it stands now", example = "5524500.00")
            BigDecimal budgetInForce,
            @Schema(required = true, description = "which figure budgetInForce is",
                    enumeration = {"adjustedBudget", "initialBudget"}, example = "initialBudget") String budgetInForceBasis,
            @Schema(required = true, description = "in calendar order") List<MonthProgress> months,
            @Schema(required = true, description = "BUDGET_IN_FORCE_ZERO, DECEMBER_NOT_ACTUAL_EXPENDITURE: flagged, "
                    + "never fixed; empty when none") List<DetailIssue> warnings) {
    }

    // all together

    @Schema(name = "BudgetDetails", description = "A unit-year's figures and all its detail lists in one answer")
    public record BudgetDetailsResponse(
            @Schema(required = true) BudgetResponse budget,
            @Schema(required = true) ProjectsResponse projects,
            @Schema(required = true) ThreePublicExpensesResponse threePublicExpenses,
            @Schema(required = true) SpecialFundsResponse specialFunds,
            @Schema(required = true) MonthlyExecutionResponse monthlyExecution) {
    }
}
