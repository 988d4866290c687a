package org.jixiao.report.domain.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Money in 元 with 2 decimals (displayed in 万元). {@code executionRate} is a percent with 2 decimals
 * (120.90 means 120.90%); when absent it is derived as actual ÷ adjusted budget.
 * fundsReceived, carryOver, basicExpenditure and projectExpenditure are optional.
 */
public record BudgetSummary(
        BigDecimal initialBudget,
        BigDecimal adjustedBudget,
        BigDecimal actualExpenditure,
        BigDecimal executionRate,
        BigDecimal fundsReceived,
        BigDecimal carryOver,
        BigDecimal basicExpenditure,
        BigDecimal projectExpenditure) {

    public BudgetSummary {
        Objects.requireNonNull(initialBudget, "initialBudget");
        Objects.requireNonNull(actualExpenditure, "actualExpenditure");
        initialBudget = Figures.money(initialBudget);
        adjustedBudget = Figures.money(adjustedBudget == null ? initialBudget : adjustedBudget);
        actualExpenditure = Figures.money(actualExpenditure);
        fundsReceived = fundsReceived == null ? null : Figures.money(fundsReceived);
        carryOver = carryOver == null ? null : Figures.money(carryOver);
        basicExpenditure = basicExpenditure == null ? null : Figures.money(basicExpenditure);
        projectExpenditure = projectExpenditure == null ? null : Figures.money(projectExpenditure);
        executionRate = executionRate != null
                ? executionRate.setScale(2, RoundingMode.HALF_UP)
                : Figures.percentOf(actualExpenditure, adjustedBudget);
    }

    public static BudgetSummary of(BigDecimal initialBudget, BigDecimal adjustedBudget, BigDecimal actualExpenditure) {
        return new BudgetSummary(initialBudget, adjustedBudget, actualExpenditure, null, null, null, null, null);
    }

    /** 预算调整率 (adjusted − initial) ÷ initial in percent; null when the initial budget is zero (undefined). */
    public BigDecimal adjustmentRate() {
        return Figures.percentOf(adjustedBudget.subtract(initialBudget), initialBudget);
    }
}
