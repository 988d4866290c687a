package org.jixiao.budget.rest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.budget.domain.AmountUnit;
import org.jixiao.budget.domain.FundSource;
import org.jixiao.budget.domain.Metric;

public final class BudgetDtos {
    private BudgetDtos() {
    }

    /** What every amount of a request body is; the same words in the push row and the PUT body. */
    static final String REQUEST_AMOUNT = " A decimal string (a JSON number is accepted too) in the row's amountUnit: "
            + "元 with at most 2 decimals, 万元 with at most 6; full-width digits and thousands separators are accepted. "
            + "Blank, null or absent: not reported.";
    /** What every amount of an answer is. */
    static final String YUAN = " In 元, a decimal string with 2 decimals.";

    /**
     * Documentation of the body of PUT /api/v1/budgets/{unitCode}/{fiscalYear}: one push row ({@link
     * ImportDtos.BudgetRowDoc}), field for field, read by the same reader and checked by the same validator; the body
     * is read as a stream, never bound to this record. BudgetResourceTest checks that the two schemas agree.
     */
    @Schema(name = "BudgetRequest", description = "One unit-year's figures: exactly the fields of a push row "
            + "(BudgetRow), with the same types and the same validation, so that a PUT sets everything a push sets. "
            + "unitCode and fiscalYear may be left out (the path names the unit-year); when given they must equal the "
            + "path. Every figure is replaced: a figure left out is not reported afterwards, as with a push of this "
            + "row. A detail list left out stays as stored; an empty list clears it. Required: amountUnit, "
            + "initialBudget. Checked: basic + project = actualExpenditure, personnel + operating = basic, fund "
            + "sources sum to allSourceExpenditure, adjusted needs initial.")
    public record BudgetRequest(
            @Schema(description = "must equal the path's unitCode when given", example = "620201001") String unitCode,
            @Schema(description = "must equal the path's fiscalYear when given", example = "2023") Integer fiscalYear,
            @Schema(required = true, description = "元 (YUAN) or 万元 (TEN_THOUSAND_YUAN) of every amount of the row, "
                    + "never guessed", example = "TEN_THOUSAND_YUAN") AmountUnit amountUnit,
            @Schema(required = true, description = "年初预算数." + REQUEST_AMOUNT, example = "552.45") String initialBudget,
            @Schema(description = "调整预算数 (absent: not adjusted)." + REQUEST_AMOUNT, example = "667.92")
            String adjustedBudget,
            @Schema(description = "实际到位资金." + REQUEST_AMOUNT) String fundsReceived,
            @Schema(description = "实际支出 / 决算支出." + REQUEST_AMOUNT, example = "667.92") String actualExpenditure,
            @Schema(description = "结转结余." + REQUEST_AMOUNT) String carryOver,
            @Schema(description = "基本支出 (= personnel + operating)." + REQUEST_AMOUNT, example = "600.00")
            String basicExpenditure,
            @Schema(description = "人员经费." + REQUEST_AMOUNT, example = "450.00") String personnelExpenditure,
            @Schema(description = "公用经费." + REQUEST_AMOUNT, example = "150.00") String operatingExpenditure,
            @Schema(description = "项目支出 (basic + project = actualExpenditure)." + REQUEST_AMOUNT, example = "67.92")
            String projectExpenditure,
            @Schema(description = FUND_SOURCES + REQUEST_AMOUNT,
                    example = "{\"GENERAL_APPROPRIATION\":\"667.92\",\"UNIT_OWN\":\"326.15\"}")
            Map<FundSource, String> fundSourceExpenditure,
            @Schema(description = "全部资金来源支出 (defaults to the sum of the fund sources)." + REQUEST_AMOUNT,
                    example = "994.07") String allSourceExpenditure,
            @Schema(description = "决算数 as published (absent: equals actualExpenditure)." + REQUEST_AMOUNT)
            String finalAccountsExpenditure,
            @Schema(description = "三公经费预算数." + REQUEST_AMOUNT) String threePublicBudget,
            @Schema(description = "三公经费实际支出." + REQUEST_AMOUNT) String threePublicActual,
            @Schema(description = "政府采购预算." + REQUEST_AMOUNT) String procurementBudget,
            @Schema(description = "政府采购实际." + REQUEST_AMOUNT) String procurementActual,
            @Schema(description = "专项资金总数." + REQUEST_AMOUNT) String specialFundsTotal,
            @Schema(description = "已细化专项资金." + REQUEST_AMOUNT) String specialFundsDetailed,
            @Schema(description = "编制数, not negative") Integer authorisedPosts,
            @Schema(description = "在职人数, not negative") Integer staffInPost,
            @Schema(description = LIST_PROJECTS) List<BudgetDetailsDtos.ProjectLineRequest> projects,
            @Schema(description = LIST_THREE_PUBLIC) List<BudgetDetailsDtos.ThreePublicItemRequest> threePublicExpenses,
            @Schema(description = LIST_SPECIAL_FUNDS) List<BudgetDetailsDtos.SpecialFundRequest> specialFunds,
            @Schema(description = LIST_MONTHS) List<BudgetDetailsDtos.MonthRequest> monthlyExecution) {
    }

    static final String FUND_SOURCES = "支出按资金来源, one amount per source: keys GENERAL_APPROPRIATION (财政拨款), "
            + "GOVERNMENT_FUND (政府性基金), STATE_CAPITAL (国有资本经营预算), SPECIAL_ACCOUNT (财政专户), UNIT_OWN (单位资金), "
            + "OTHER (其他); the sum is allSourceExpenditure.";
    static final String LIST_PROJECTS = "JSON only: the unit-year's whole 项目支出 list, as PUT …/projects takes it "
            + "(amounts in the row's amountUnit); absent: the stored list stays, empty: it is cleared";
    static final String LIST_THREE_PUBLIC = "JSON only: 三公经费 by item, as the items of PUT …/three-public-expenses; the "
            + "sums must equal the row's threePublicBudget / threePublicActual; absent: the stored items stay";
    static final String LIST_SPECIAL_FUNDS = "JSON only: 专项资金, as PUT …/special-funds takes them; the sums must equal "
            + "the row's specialFundsTotal / specialFundsDetailed; absent: the stored list stays";
    static final String LIST_MONTHS = "JSON only: 月度执行, as the months of PUT …/monthly-execution; absent: the stored "
            + "months stay";

    @Schema(name = "Budget", description = "A unit-year's figures, stored exactly and answered in 元 as decimal strings "
            + "with 2 decimals (whatever amountUnit they were sent in). A figure that was not reported is null. The "
            + "breakdowns (基本支出, 人员经费, 公用经费, 项目支出, 资金来源) are set by a PUT or a push alike.")
    public record BudgetResponse(
            @Schema(required = true, example = "620201001") String unitCode,
            @Schema(required = true, example = "2023") int fiscalYear,
            @Schema(required = true, description = "1 on creation, +1 on every change", example = "1") int version,
            @Schema(required = true, description = "年初预算数." + YUAN, example = "5524500.00") BigDecimal initialBudget,
            @Schema(description = "调整预算数; null: not adjusted." + YUAN) BigDecimal adjustedBudget,
            @Schema(description = "实际到位资金." + YUAN) BigDecimal fundsReceived,
            @Schema(description = "实际支出 / 决算支出." + YUAN) BigDecimal actualExpenditure,
            @Schema(description = "结转结余." + YUAN) BigDecimal carryOver,
            @Schema(description = "三公经费预算数." + YUAN) BigDecimal threePublicBudget,
            @Schema(description = "三公经费实际支出." + YUAN) BigDecimal threePublicActual,
            @Schema(description = "政府采购预算." + YUAN) BigDecimal procurementBudget,
            @Schema(description = "政府采购实际." + YUAN) BigDecimal procurementActual,
            @Schema(description = "专项资金总数." + YUAN) BigDecimal specialFundsTotal,
            @Schema(description = "已细化专项资金." + YUAN) BigDecimal specialFundsDetailed,
            @Schema(description = "决算数 as published." + YUAN) BigDecimal finalAccountsExpenditure,
            @Schema(description = "全部资金来源支出." + YUAN) BigDecimal allSourceExpenditure,
            @Schema(description = "编制数") Integer authorisedPosts,
            @Schema(description = "在职人数") Integer staffInPost,
            @Schema(description = "基本支出." + YUAN) BigDecimal basicExpenditure,
            @Schema(description = "人员经费." + YUAN) BigDecimal personnelExpenditure,
            @Schema(description = "公用经费." + YUAN) BigDecimal operatingExpenditure,
            @Schema(description = "项目支出." + YUAN) BigDecimal projectExpenditure,
            @Schema(required = true, description = "支出按资金来源 (财政拨款, 单位资金 …), each in 元 as a decimal string; "
                    + "empty when not reported") Map<FundSource, BigDecimal> fundSourceExpenditure,
            @Schema(required = true, description = "when the figures last changed") OffsetDateTime updatedAt) {

        public BudgetResponse {
            fundSourceExpenditure = fundSourceExpenditure == null ? Map.of() : fundSourceExpenditure;
        }
    }

    @Schema(name = "BudgetHistoryEntry", description = "One change of a unit-year's figures: who, when, from which "
            + "system and request, and the resource before (absent on creation) and after")
    public record HistoryEntry(
            @Schema(required = true, description = "the version this change produced", example = "2") int version,
            @Schema(required = true) OffsetDateTime changedAt,
            @Schema(required = true, description = "who made the change: the subject of the caller's token (for an "
                    + "import job, of whoever submitted it)", example = "finance-admin@6202") String changedBy,
            @Schema(description = "X-Source-System of the pushing system; null when none was sent",
                    example = "district-620201") String sourceSystem,
            @Schema(description = "X-Request-Id of the call that made the change") String requestId,
            @Schema(description = "Idempotency-Key of the bulk push, when the change came from one")
            String idempotencyKey,
            @Schema(description = "the figures before the change; null on creation") BudgetResponse before,
            @Schema(required = true, description = "the figures after the change") BudgetResponse after) {
    }

    @Schema(name = "RegionAggregate", description = "Totals of the units whose regionCode starts with this "
            + "aggregate's regionCode for one fiscal year, in 元 (decimal strings, 2 decimals). Units without a budget "
            + "for the year are not counted.")
    public record RegionAggregate(
            @Schema(required = true, description = "行政区划代码 prefix", example = "620201") String regionCode,
            @Schema(required = true, example = "2023") int fiscalYear,
            @Schema(required = true, description = "units with a budget for the year") long units,
            @Schema(required = true, description = "年初预算数合计." + YUAN) BigDecimal initialBudget,
            @Schema(required = true, description = "调整后预算合计 (initialBudget where not adjusted)." + YUAN)
            BigDecimal adjustedBudget,
            @Schema(required = true, description = "实际支出合计." + YUAN) BigDecimal actualExpenditure,
            @Schema(required = true, description = "units whose executionRate is defined (actual reported, budget > 0)")
            long unitsWithExecutionRate,
            @Schema(description = "平均预算执行率: mean of the units' executionRate, percent HALF_UP to 2 decimals; "
                    + "null when no unit has one", example = "98.75") BigDecimal averageExecutionRate,
            @Schema(description = "总体预算执行率: Σ actual ÷ Σ budget over the same units, percent", example = "97.10")
            BigDecimal overallExecutionRate) {
    }

    @Schema(name = "RegionAggregates", description = "The region's totals and, with groupDigits, one entry per "
            + "sub-region (e.g. per county under a city)")
    public record RegionAggregatesResponse(
            @Schema(required = true) RegionAggregate total,
            @Schema(required = true, description = "one entry per sub-region with a budget, by regionCode; empty "
                    + "without groupDigits") List<RegionAggregate> subRegions) {
    }

    @Schema(name = "BudgetMetrics", description = "Every fiscal metric with its formula, inputs and value (percent, "
            + "2 decimals) or the reason it is undefined")
    public record MetricsResponse(
            @Schema(required = true, example = "620201001") String unitCode,
            @Schema(required = true, example = "2023") int fiscalYear,
            @Schema(required = true, description = "the version of the figures the metrics were computed from")
            int budgetVersion,
            @Schema(required = true) List<Metric> metrics,
            @Schema(required = true, description = "全部资金来源支出 exceeds the 决算 figure: the final accounts are "
                    + "incomplete") boolean finalAccountsIncomplete) {
    }

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;
}
