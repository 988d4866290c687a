package org.jixiao.budget.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.budget.domain.AmountUnit;
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

    @Schema(name = "Budget", description = "A unit-year's figures, stored exactly in 元")
    public record BudgetResponse(String unitCode, int fiscalYear, int version, BigDecimal initialBudget,
            BigDecimal adjustedBudget, BigDecimal fundsReceived, BigDecimal actualExpenditure, BigDecimal carryOver,
            BigDecimal threePublicBudget, BigDecimal threePublicActual, BigDecimal procurementBudget,
            BigDecimal procurementActual, BigDecimal specialFundsTotal, BigDecimal specialFundsDetailed,
            BigDecimal finalAccountsExpenditure, BigDecimal allSourceExpenditure, Integer authorisedPosts,
            Integer staffInPost, OffsetDateTime updatedAt) {
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
