package org.jixiao.report.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BudgetSummaryTest {

    @Test
    void seed001AdjustmentRateIs2090Percent() {
        // 财政拨款 552.45 万元 raised by 115.47 万元.
        BudgetSummary budget = BudgetSummary.of(new BigDecimal("5524500"), new BigDecimal("6679200"),
                new BigDecimal("6679200"));
        assertEquals(new BigDecimal("20.90"), budget.adjustmentRate());
        assertEquals(new BigDecimal("100.00"), budget.executionRate());
    }

    @Test
    void seed001ExecutionAgainstTheUnadjustedBudgetIs12090Percent() {
        BudgetSummary budget = BudgetSummary.of(new BigDecimal("5524500.00"), null, new BigDecimal("6679200.00"));
        assertEquals(new BigDecimal("5524500.00"), budget.adjustedBudget());
        assertEquals(new BigDecimal("120.90"), budget.executionRate());
        assertEquals(new BigDecimal("0.00"), budget.adjustmentRate());
    }

    @Test
    void seed002AdjustmentRateIs9523Percent() {
        BudgetSummary budget = BudgetSummary.of(new BigDecimal("21817200"), new BigDecimal("42594000"),
                new BigDecimal("42594000"));
        assertEquals(new BigDecimal("95.23"), budget.adjustmentRate());
    }

    @Test
    void zeroBudgetsGiveNoRateInsteadOfDividingByZero() {
        BudgetSummary budget = BudgetSummary.of(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        assertNull(budget.adjustmentRate());
        assertNull(budget.executionRate());
    }

    @Test
    void anExplicitExecutionRateIsKept() {
        BudgetSummary budget = new BudgetSummary(new BigDecimal("100"), null, new BigDecimal("50"),
                new BigDecimal("49.999"), null, null, null, null);
        assertEquals(new BigDecimal("50.00"), budget.executionRate());
    }
}
