package org.jixiao.budget.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
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

    @Schema(name = "BudgetRequest", description = "One unit-year's figures. Amounts are decimal text or numbers in the "
            + "stated amountUnit (元 or 万元, never guessed); full-width digits are accepted. 元 allows 2 decimals, 万元 6.")
    public record BudgetRequest(
            @NotNull @Schema(required = true, example = "TEN_THOUSAND_YUAN") AmountUnit amountUnit,
            @NotNull @Schema(description = "年初预算数", required = true, example = "552.45") String initialBudget,
            @Schema(description = "调整预算数 (absent: not adjusted)", example = "667.92") String adjustedBudget,
            @Schema(description = "实际到位资金") String fundsReceived,
            @Schema(description = "实际支出 / 决算支出", example = "667.92") String actualExpenditure,
            @Schema(description = "结转结余") String carryOver,
            @Schema(description = "三公经费预算数") String threePublicBudget,
            @Schema(description = "三公经费实际支出") String threePublicActual,
            @Schema(description = "政府采购预算") String procurementBudget,
            @Schema(description = "政府采购实际") String procurementActual,
            @Schema(description = "专项资金总数") String specialFundsTotal,
            @Schema(description = "已细化专项资金") String specialFundsDetailed,
            @Schema(description = "决算数 as published (absent: equals actualExpenditure)")
            String finalAccountsExpenditure,
            @Schema(description = "全部资金来源支出", example = "994.07") String allSourceExpenditure,
            @PositiveOrZero @Schema(description = "编制数") Integer authorisedPosts,
            @PositiveOrZero @Schema(description = "在职人数") Integer staffInPost) {
    }

    @Schema(name = "Budget", description = "A unit-year's figures, stored exactly in 元. The breakdowns (基本支出, "
            + "人员经费, 公用经费, 项目支出, 资金来源) are filled by bulk pushes; a PUT replaces the figures and clears them.")
    public record BudgetResponse(String unitCode, int fiscalYear, int version, BigDecimal initialBudget,
            BigDecimal adjustedBudget, BigDecimal fundsReceived, BigDecimal actualExpenditure, BigDecimal carryOver,
            BigDecimal threePublicBudget, BigDecimal threePublicActual, BigDecimal procurementBudget,
            BigDecimal procurementActual, BigDecimal specialFundsTotal, BigDecimal specialFundsDetailed,
            BigDecimal finalAccountsExpenditure, BigDecimal allSourceExpenditure, Integer authorisedPosts,
            Integer staffInPost,
            @Schema(description = "基本支出") BigDecimal basicExpenditure,
            @Schema(description = "人员经费") BigDecimal personnelExpenditure,
            @Schema(description = "公用经费") BigDecimal operatingExpenditure,
            @Schema(description = "项目支出") BigDecimal projectExpenditure,
            @Schema(description = "支出按资金来源 (财政拨款, 单位资金 …), 元") Map<FundSource, BigDecimal> fundSourceExpenditure,
            OffsetDateTime updatedAt) {
    }

    @Schema(name = "BudgetHistoryEntry", description = "One change of a unit-year's figures: who, when, from which "
            + "system and request, and the resource before (absent on creation) and after")
    public record HistoryEntry(
            @Schema(description = "the version this change produced", example = "2") int version,
            OffsetDateTime changedAt,
            @Schema(description = "who made the change: the subject of the caller's token (for an import job, of "
                    + "whoever submitted it)", example = "finance-admin@6202") String changedBy,
            @Schema(description = "X-Source-System of the pushing system", example = "district-620201")
            String sourceSystem,
            @Schema(description = "X-Request-Id of the call that made the change") String requestId,
            @Schema(description = "Idempotency-Key of the bulk push, when the change came from one")
            String idempotencyKey,
            BudgetResponse before,
            BudgetResponse after) {
    }

    @Schema(name = "BudgetHistory")
    public record HistoryResponse(String unitCode, int fiscalYear, List<HistoryEntry> changes) {
    }

    @Schema(name = "RegionAggregate", description = "Totals of the units whose regionCode starts with `region` for "
            + "one fiscal year, in 元. Units without a budget for the year are not counted.")
    public record RegionAggregate(
            @Schema(description = "行政区划代码 prefix", example = "620201") String region,
            int fiscalYear,
            @Schema(description = "units with a budget for the year") long units,
            @Schema(description = "年初预算数合计") BigDecimal initialBudget,
            @Schema(description = "调整后预算合计 (initialBudget where not adjusted)") BigDecimal adjustedBudget,
            @Schema(description = "实际支出合计") BigDecimal actualExpenditure,
            @Schema(description = "units whose executionRate is defined (actual reported, budget > 0)")
            long unitsWithExecutionRate,
            @Schema(description = "平均预算执行率: mean of the units' executionRate, percent HALF_UP to 2 decimals; "
                    + "null when no unit has one", example = "98.75") BigDecimal averageExecutionRate,
            @Schema(description = "总体预算执行率: Σ actual ÷ Σ budget over the same units, percent", example = "97.10")
            BigDecimal overallExecutionRate) {
    }

    @Schema(name = "RegionAggregates", description = "The region's totals and, with groupDigits, one entry per "
            + "sub-region (e.g. per county under a city)")
    public record RegionAggregatesResponse(RegionAggregate total, List<RegionAggregate> subRegions) {
    }

    @Schema(name = "BudgetMetrics", description = "Every fiscal metric with its formula, inputs and value (percent, "
            + "2 decimals) or the reason it is undefined")
    public record MetricsResponse(String unitCode, int fiscalYear, int budgetVersion, List<Metric> metrics,
            @Schema(description = "全部资金来源支出 exceeds the 决算 figure: the final accounts are incomplete")
            boolean finalAccountsIncomplete) {
    }

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;
}
