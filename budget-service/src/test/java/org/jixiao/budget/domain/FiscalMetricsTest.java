package org.jixiao.budget.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FiscalMetricsTest {

    /** Seed figures are quoted in 万元. */
    private static BigDecimal wan(String text) {
        return AmountParser.parse(text, AmountUnit.TEN_THOUSAND_YUAN);
    }

    private static Metric metric(BudgetFigures figures, String name) {
        return FiscalMetrics.compute(figures).stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    private static void assertPercent(String expected, Metric metric) {
        assertNotNull(metric.value(), () -> metric.name() + " undefined: " + metric.undefinedReason());
        assertEquals(new BigDecimal(expected), metric.value(), metric.name());
        assertNull(metric.undefinedReason());
    }

    @Test
    void seed001FinalExpenditureAgainstUnadjustedBudgetIs120Point90Percent() {
        // 年初预算数 552.45, 调整预算数 552.45, 决算支出 667.92 万元 → 完成调整预算数的 120.90%
        BudgetFigures figures = BudgetFigures.builder().initialBudget(wan("552.45")).adjustedBudget(wan("552.45"))
                .actualExpenditure(wan("667.92")).build();
        assertPercent("120.90", metric(figures, FiscalMetrics.EXECUTION_RATE));
        assertPercent("0.00", metric(figures, FiscalMetrics.ADJUSTMENT_RATE));
        assertPercent("20.90", metric(figures, FiscalMetrics.BUDGET_FINAL_VARIANCE_RATE));
    }

    @Test
    void seed001AppropriationRaisedBy115Point47IsAnAdjustmentRateOf20Point90Percent() {
        // 财政拨款预算调增 115.47 万元, 预算调整率 20.90%
        BudgetFigures figures = BudgetFigures.builder().initialBudget(wan("552.45"))
                .adjustedBudget(wan("552.45").add(wan("115.47"))).actualExpenditure(wan("667.92")).build();
        assertPercent("20.90", metric(figures, FiscalMetrics.ADJUSTMENT_RATE));
        assertPercent("100.00", metric(figures, FiscalMetrics.EXECUTION_RATE));
    }

    @Test
    void seed001AllSourceSpendingAboveTheFinalAccountsMeansTheyAreIncomplete() {
        BudgetFigures figures = BudgetFigures.builder().initialBudget(wan("552.45"))
                .actualExpenditure(wan("667.92")).allSourceExpenditure(wan("994.07")).build();
        assertTrue(FiscalMetrics.finalAccountsIncomplete(figures));
    }

    @Test
    void finalAccountsAreCompleteWhenAllSpendingIsInThemOrUnknown() {
        BudgetFigures equal = BudgetFigures.builder().actualExpenditure(wan("667.92"))
                .allSourceExpenditure(wan("667.92")).build();
        BudgetFigures unknown = BudgetFigures.builder().actualExpenditure(wan("667.92")).build();
        BudgetFigures explicitFinal = BudgetFigures.builder().actualExpenditure(wan("600"))
                .finalAccountsExpenditure(wan("994.07")).allSourceExpenditure(wan("994.07")).build();
        assertFalse(FiscalMetrics.finalAccountsIncomplete(equal));
        assertFalse(FiscalMetrics.finalAccountsIncomplete(unknown));
        assertFalse(FiscalMetrics.finalAccountsIncomplete(explicitFinal));
    }

    @Test
    void seed002AdjustmentFrom2181Point72To4259Point4Is95Point23Percent() {
        BudgetFigures figures = BudgetFigures.builder().initialBudget(wan("2181.72")).adjustedBudget(wan("4259.4"))
                .actualExpenditure(wan("4259.4")).carryOver(wan("0")).build();
        assertPercent("95.23", metric(figures, FiscalMetrics.ADJUSTMENT_RATE));
        assertPercent("100.00", metric(figures, FiscalMetrics.EXECUTION_RATE));
        assertPercent("0.00", metric(figures, FiscalMetrics.CARRY_OVER_RATE));
    }

    @Test
    void seed002ThreePublicZeroOverZeroIsUndefinedAsNoOverspend() {
        BudgetFigures figures = BudgetFigures.builder().initialBudget(wan("2181.72"))
                .threePublicBudget(wan("0")).threePublicActual(wan("0")).build();
        Metric control = metric(figures, FiscalMetrics.THREE_PUBLIC_CONTROL_RATE);
        assertNull(control.value());
        assertEquals(FiscalMetrics.REASON_THREE_PUBLIC_NONE_BUDGETED_NONE_SPENT, control.undefinedReason());
        assertEquals(new BigDecimal("0.00"), control.inputs().get("threePublicBudget"));
    }

    @Test
    void threePublicSpendingWithoutBudgetIsUndefinedAsOverspend() {
        BudgetFigures figures = BudgetFigures.builder().threePublicBudget(wan("0")).threePublicActual(wan("1.2"))
                .build();
        Metric control = metric(figures, FiscalMetrics.THREE_PUBLIC_CONTROL_RATE);
        assertNull(control.value());
        assertEquals(FiscalMetrics.REASON_THREE_PUBLIC_SPENT_WITHOUT_BUDGET, control.undefinedReason());
    }

    @Test
    void threePublicWithinBudget() {
        BudgetFigures figures = BudgetFigures.builder().threePublicBudget(wan("10")).threePublicActual(wan("8.5"))
                .build();
        assertPercent("85.00", metric(figures, FiscalMetrics.THREE_PUBLIC_CONTROL_RATE));
    }

    @Test
    void seed000FullyFundedAndFullySpent() {
        // 预算安排资金 3542.37, 实际到位资金 3542.37, 实际支出资金 3542.37, 结余资金 0, 预算执行率 100%
        BudgetFigures figures = BudgetFigures.builder().initialBudget(wan("3542.37")).fundsReceived(wan("3542.37"))
                .actualExpenditure(wan("3542.37")).carryOver(wan("0")).build();
        assertPercent("100.00", metric(figures, FiscalMetrics.EXECUTION_RATE));
        assertPercent("100.00", metric(figures, FiscalMetrics.FUNDING_RATE));
        assertPercent("0.00", metric(figures, FiscalMetrics.CARRY_OVER_RATE));
        assertPercent("0.00", metric(figures, FiscalMetrics.ADJUSTMENT_RATE));
    }

    @Test
    void seed003BudgetEqualsFinalAccountsSoVarianceIsZero() {
        BudgetFigures figures = BudgetFigures.builder().initialBudget(wan("31385.997668"))
                .actualExpenditure(wan("31385.997668")).finalAccountsExpenditure(wan("31385.997668")).build();
        assertPercent("0.00", metric(figures, FiscalMetrics.BUDGET_FINAL_VARIANCE_RATE));
        assertPercent("100.00", metric(figures, FiscalMetrics.EXECUTION_RATE));
    }

    @Test
    void seed004ExecutionAgainstTheAdjustedBudgetIs100Percent() {
        // 预算批复 13,786.00, 调整后 13,581.29, 决算支出 13,581.29 万元
        BudgetFigures figures = BudgetFigures.builder().initialBudget(wan("13,786.00"))
                .adjustedBudget(wan("13,581.29")).actualExpenditure(wan("13,581.29")).build();
        assertPercent("100.00", metric(figures, FiscalMetrics.EXECUTION_RATE));
        assertPercent("-1.48", metric(figures, FiscalMetrics.ADJUSTMENT_RATE));
        assertEquals(wan("13581.29"), metric(figures, FiscalMetrics.EXECUTION_RATE).inputs().get("adjustedBudget"));
    }

    @Test
    void seed002SpecialFundDetailRate() {
        BudgetFigures figures = BudgetFigures.builder().specialFundsTotal(wan("100")).specialFundsDetailed(wan("99"))
                .build();
        assertPercent("99.00", metric(figures, FiscalMetrics.SPECIAL_FUND_DETAIL_RATE));
    }

    @Test
    void procurementExecutionAndItsZeroCases() {
        BudgetFigures normal = BudgetFigures.builder().procurementBudget(wan("200")).procurementActual(wan("180"))
                .build();
        BudgetFigures none = BudgetFigures.builder().procurementBudget(wan("0")).procurementActual(wan("0")).build();
        BudgetFigures unplanned = BudgetFigures.builder().procurementBudget(wan("0")).procurementActual(wan("3"))
                .build();
        assertPercent("90.00", metric(normal, FiscalMetrics.PROCUREMENT_EXECUTION_RATE));
        assertEquals(FiscalMetrics.REASON_PROCUREMENT_NONE_BUDGETED_NONE_SPENT,
                metric(none, FiscalMetrics.PROCUREMENT_EXECUTION_RATE).undefinedReason());
        assertEquals(FiscalMetrics.REASON_PROCUREMENT_SPENT_WITHOUT_BUDGET,
                metric(unplanned, FiscalMetrics.PROCUREMENT_EXECUTION_RATE).undefinedReason());
    }

    @Test
    void staffControlRateIsStaffInPostOverAuthorisedPosts() {
        BudgetFigures figures = BudgetFigures.builder().authorisedPosts(50).staffInPost(45).build();
        BudgetFigures noPosts = BudgetFigures.builder().authorisedPosts(0).staffInPost(3).build();
        assertPercent("90.00", metric(figures, FiscalMetrics.STAFF_CONTROL_RATE));
        assertEquals(FiscalMetrics.REASON_ZERO_DIVISOR_PREFIX + "authorisedPosts",
                metric(noPosts, FiscalMetrics.STAFF_CONTROL_RATE).undefinedReason());
    }

    @Test
    void zeroBudgetMakesExecutionUndefinedNamingTheDivisor() {
        BudgetFigures figures = BudgetFigures.builder().initialBudget(wan("0")).actualExpenditure(wan("5")).build();
        Metric execution = metric(figures, FiscalMetrics.EXECUTION_RATE);
        assertNull(execution.value());
        assertEquals(FiscalMetrics.REASON_ZERO_DIVISOR_PREFIX + "adjustedBudget", execution.undefinedReason());
    }

    @Test
    void missingInputsAreNamedAndLeftOutOfTheInputs() {
        BudgetFigures figures = BudgetFigures.builder().initialBudget(wan("100")).build();
        Metric execution = metric(figures, FiscalMetrics.EXECUTION_RATE);
        assertNull(execution.value());
        assertEquals(FiscalMetrics.REASON_MISSING_INPUT_PREFIX + "actualExpenditure", execution.undefinedReason());
        assertEquals(List.of("adjustedBudget"), List.copyOf(execution.inputs().keySet()));
        Metric three = metric(figures, FiscalMetrics.THREE_PUBLIC_CONTROL_RATE);
        assertEquals(FiscalMetrics.REASON_MISSING_INPUT_PREFIX + "threePublicActual, threePublicBudget",
                three.undefinedReason());
    }

    @Test
    void everyGlossaryMetricIsReturnedInGlossaryOrder() {
        List<Metric> metrics = FiscalMetrics.compute(BudgetFigures.builder().build());
        assertEquals(FiscalMetrics.METRIC_NAMES, metrics.stream().map(Metric::name).toList());
        assertTrue(metrics.stream().allMatch(m -> m.value() == null && m.undefinedReason() != null));
        assertTrue(metrics.stream().allMatch(m -> !m.formula().isBlank()));
    }

    @Test
    void roundsOnceHalfUpToTwoDecimals() {
        // 1 ÷ 160 = 0.625%: HALF_UP gives 0.63 where HALF_EVEN would give 0.62.
        BudgetFigures eighth = BudgetFigures.builder().initialBudget(new BigDecimal("160"))
                .actualExpenditure(new BigDecimal("1")).build();
        BudgetFigures third = BudgetFigures.builder().initialBudget(new BigDecimal("3"))
                .actualExpenditure(new BigDecimal("2")).build();
        assertPercent("0.63", metric(eighth, FiscalMetrics.EXECUTION_RATE));
        assertPercent("66.67", metric(third, FiscalMetrics.EXECUTION_RATE));
    }

    @Test
    void refusesNullFigures() {
        assertThrows(NullPointerException.class, () -> FiscalMetrics.compute(null));
    }

    @Test
    void propertyExecutionRateIsTheExactRatioRoundedOnceAndAgreesWithOverspending() {
        Random random = new Random(5);
        for (int i = 0; i < 1_000; i++) {
            BigDecimal budget = AmountParserTest.randomYuan(random);
            BigDecimal actual = AmountParserTest.randomYuan(random);
            BudgetFigures figures = BudgetFigures.builder().initialBudget(budget).actualExpenditure(actual).build();
            Metric execution = metric(figures, FiscalMetrics.EXECUTION_RATE);
            if (budget.signum() == 0) {
                assertNull(execution.value());
                continue;
            }
            BigDecimal expected = actual.multiply(BigDecimal.valueOf(100)).divide(budget, 2, RoundingMode.HALF_UP);
            assertEquals(expected, execution.value(), () -> actual + " / " + budget);
            assertEquals(2, execution.value().scale());
            if (actual.compareTo(budget) <= 0) {
                assertTrue(execution.value().compareTo(BigDecimal.valueOf(100)) <= 0);
            } else {
                assertTrue(execution.value().compareTo(BigDecimal.valueOf(100)) >= 0);
            }
        }
    }

    @Test
    void propertyEveryMetricIsEitherAValueOrAReasonNeverAnException() {
        Random random = new Random(6);
        for (int i = 0; i < 1_000; i++) {
            BudgetFigures figures = BudgetFigures.builder()
                    .initialBudget(maybe(random)).adjustedBudget(maybe(random)).fundsReceived(maybe(random))
                    .actualExpenditure(maybe(random)).carryOver(maybe(random))
                    .threePublicBudget(maybe(random)).threePublicActual(maybe(random))
                    .procurementBudget(maybe(random)).procurementActual(maybe(random))
                    .specialFundsTotal(maybe(random)).specialFundsDetailed(maybe(random))
                    .finalAccountsExpenditure(maybe(random)).allSourceExpenditure(maybe(random))
                    .authorisedPosts(random.nextInt(4) == 0 ? null : random.nextInt(3))
                    .staffInPost(random.nextInt(4) == 0 ? null : random.nextInt(3)).build();
            List<Metric> metrics = FiscalMetrics.compute(figures);
            assertEquals(FiscalMetrics.METRIC_NAMES.size(), metrics.size());
            for (Metric m : metrics) {
                assertTrue((m.value() == null) != (m.undefinedReason() == null), m::toString);
                assertTrue(m.value() == null || m.value().scale() == 2, m::toString);
            }
        }
    }

    /** Often null, often zero: the edge cases are where the divisions go wrong. */
    private static BigDecimal maybe(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> null;
            case 1 -> BigDecimal.ZERO;
            default -> AmountParserTest.randomYuan(random);
        };
    }
}
