package org.jixiao.budget.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MonthlyExecutionsTest {
    private static final AmountUnit WAN = AmountUnit.TEN_THOUSAND_YUAN;

    private static MonthlyExecutions.Input month(String month, String cumulative) {
        return new MonthlyExecutions.Input(month == null ? null : new BigDecimal(month), cumulative);
    }

    private static List<String> codes(Validated<?> v) {
        return v.errors().stream().map(DetailIssue::code).toList();
    }

    private static List<String> fields(Validated<?> v) {
        return v.errors().stream().map(DetailIssue::field).toList();
    }

    private static BigDecimal wan(String text) {
        return AmountParser.parse(text, WAN);
    }

    @Test
    void septemberMonitoringShowsSpendingBehindTime() {
        List<MonthlyExecution> months = MonthlyExecutions.validate(List.of(month("9", "350.2"), month("3", "120.5"),
                month("6", "260")), WAN).value();
        assertEquals(List.of(3, 6, 9), months.stream().map(MonthlyExecution::month).toList(), "calendar order");
        // seed 001's budget: 552.45 万元, not adjusted
        List<MonthProgress> progress = MonthlyExecutions.progress(months, wan("552.45"));
        MonthProgress september = progress.get(2);
        assertEquals(new BigDecimal("3502000.00"), september.cumulativeActual());
        assertEquals(new BigDecimal("63.39"), september.executionProgress());
        assertEquals(new BigDecimal("75.00"), september.timeProgress());
        assertEquals(new BigDecimal("11.61"), september.progressGap());
        assertEquals(Boolean.TRUE, september.behindSchedule());
        MonthProgress march = progress.get(0);
        assertEquals(new BigDecimal("21.81"), march.executionProgress());
        assertEquals(new BigDecimal("25.00"), march.timeProgress());
    }

    @Test
    void seed001SpendingAboveTheBudgetIsAheadOfTime() {
        List<MonthlyExecution> months = MonthlyExecutions.validate(List.of(month("12", "667.92")), WAN).value();
        MonthProgress december = MonthlyExecutions.progress(months, wan("552.45")).get(0);
        assertEquals(new BigDecimal("120.90"), december.executionProgress());
        assertEquals(new BigDecimal("100.00"), december.timeProgress());
        assertEquals(new BigDecimal("-20.90"), december.progressGap());
        assertEquals(Boolean.FALSE, december.behindSchedule());
    }

    @Test
    void timeProgressIsMonthOverTwelveRoundedHalfUp() {
        List<String> expected = List.of("8.33", "16.67", "25.00", "33.33", "41.67", "50.00", "58.33", "66.67", "75.00",
                "83.33", "91.67", "100.00");
        for (int m = 1; m <= 12; m++) {
            assertEquals(new BigDecimal(expected.get(m - 1)), MonthlyExecutions.timeProgress(m), "month " + m);
        }
        assertThrows(IllegalArgumentException.class, () -> MonthlyExecutions.timeProgress(0));
        assertThrows(IllegalArgumentException.class, () -> MonthlyExecutions.timeProgress(13));
    }

    @Test
    void aMonthBelowAnEarlierOneIsRefusedNamingBothMonths() {
        Validated<List<MonthlyExecution>> v = MonthlyExecutions.validate(List.of(month("3", "100"), month("4", "120"),
                month("5", "119.99"), month("6", "130")), WAN);
        assertEquals(List.of("months[2].cumulativeActual"), fields(v));
        assertEquals(List.of(DetailIssue.CUMULATIVE_DECREASED), codes(v));
        String message = v.errors().get(0).message();
        assertTrue(message.startsWith("5 月") && message.contains("4 月") && message.contains("1199900.00 元"), message);
    }

    @Test
    void theDecreaseIsFoundWhateverTheOrderSent() {
        Validated<List<MonthlyExecution>> v = MonthlyExecutions.validate(List.of(month("9", "100"), month("8", "200")),
                AmountUnit.YUAN);
        assertEquals(List.of("months[0].cumulativeActual"), fields(v), "September, sent first, is below August");
        assertTrue(v.errors().get(0).message().startsWith("9 月"));
    }

    @Test
    void anUnchangedMonthIsNoDecreaseAndGapsAreAllowed() {
        assertTrue(MonthlyExecutions.validate(List.of(month("1", "0"), month("2", "0"), month("7", "5"), month("8", "5")),
                WAN).isValid());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "13", "-1", "100", "1E+999999999", "-1E+999999999"})
    void monthsAreOneToTwelve(String month) {
        Validated<List<MonthlyExecution>> v = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> MonthlyExecutions.validate(List.of(month(month, "1")), WAN));
        assertEquals(List.of("months[0].month"), fields(v));
        assertEquals(List.of(DetailIssue.MONTH_OUT_OF_RANGE), codes(v));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9.5", "0.5", "11.999999999999999999", "1E-999999999"})
    void monthsAreWholeNumbersNotCutShort(String month) {
        Validated<List<MonthlyExecution>> v = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> MonthlyExecutions.validate(List.of(month(month, "1")), WAN));
        assertEquals(List.of(DetailIssue.NOT_AN_INTEGER), codes(v));
    }

    @Test
    void aWholeNumberWrittenWithDecimalsIsThatMonth() {
        assertEquals(9, MonthlyExecutions.validate(List.of(month("9.00", "1")), WAN).value().get(0).month());
        assertEquals(10, MonthlyExecutions.validate(List.of(month("1E+1", "1")), WAN).value().get(0).month());
    }

    @Test
    void duplicateAndMissingPartsAreNamed() {
        List<MonthlyExecutions.Input> inputs = new ArrayList<>(List.of(month("3", "1"), month("3", "2"),
                month(null, "1"), month("4", null)));
        inputs.add(null);
        Validated<List<MonthlyExecution>> v = MonthlyExecutions.validate(inputs, WAN);
        assertEquals(List.of("months[1].month", "months[2].month", "months[3].cumulativeActual", "months[4]"),
                fields(v));
        assertEquals(List.of(DetailIssue.DUPLICATE_MONTH, DetailIssue.MISSING_FIELD, DetailIssue.MISSING_FIELD,
                DetailIssue.MISSING_FIELD), codes(v));
    }

    @Test
    void badAmountsAreNamed() {
        Validated<List<MonthlyExecution>> v = MonthlyExecutions.validate(List.of(month("1", "-1"),
                month("2", "1.0000001"), month("3", "9".repeat(30))), WAN);
        assertEquals(List.of(RowConflict.NEGATIVE_AMOUNT, RowConflict.TOO_MANY_DECIMALS, RowConflict.TOO_LARGE),
                codes(v));
    }

    @Test
    void aMissingUnitAndAnAbsurdlyLongListAreRefusedWhole() {
        assertEquals(List.of(RowConflict.MISSING_UNIT), codes(MonthlyExecutions.validate(List.of(month("1", "1")), null)));
        List<MonthlyExecutions.Input> many = java.util.Collections.nCopies(MonthlyExecutions.MAX_LISTED + 1,
                month("1", "1"));
        assertEquals(List.of(DetailIssue.TOO_MANY_ITEMS), codes(MonthlyExecutions.validate(many, WAN)));
    }

    @Test
    void aBudgetOfZeroGivesNoProgressAndSaysWhy() {
        List<MonthlyExecution> months = MonthlyExecutions.validate(List.of(month("9", "1")), WAN).value();
        MonthProgress p = MonthlyExecutions.progress(months, new BigDecimal("0.00")).get(0);
        assertNull(p.executionProgress());
        assertNull(p.progressGap());
        assertNull(p.behindSchedule());
        assertEquals(new BigDecimal("75.00"), p.timeProgress());
        BudgetFigures zero = BudgetFigures.builder().initialBudget(new BigDecimal("5")).adjustedBudget(BigDecimal.ZERO)
                .build();
        assertEquals(List.of(DetailIssue.BUDGET_IN_FORCE_ZERO),
                MonthlyExecutions.consistency(months, zero).stream().map(DetailIssue::code).toList());
        assertEquals(List.of(), MonthlyExecutions.consistency(List.of(), zero), "no months, nothing to flag");
    }

    @Test
    void decemberShouldBeTheYearsActualExpenditure() {
        List<MonthlyExecution> months = MonthlyExecutions.validate(List.of(month("11", "600"), month("12", "667.91")),
                WAN).value();
        BudgetFigures seed001 = BudgetFigures.builder().initialBudget(wan("552.45")).actualExpenditure(wan("667.92"))
                .build();
        List<DetailIssue> warnings = MonthlyExecutions.consistency(months, seed001);
        assertEquals(List.of("months[1].cumulativeActual"), warnings.stream().map(DetailIssue::field).toList());
        assertEquals(List.of(DetailIssue.DECEMBER_NOT_ACTUAL_EXPENDITURE),
                warnings.stream().map(DetailIssue::code).toList());
        List<MonthlyExecution> exact = MonthlyExecutions.validate(List.of(month("12", "667.92")), WAN).value();
        assertEquals(List.of(), MonthlyExecutions.consistency(exact, seed001));
        assertEquals(List.of(), MonthlyExecutions.consistency(months,
                BudgetFigures.builder().initialBudget(wan("552.45")).build()), "no actual stated: nothing to compare");
    }

    /**
     * Property: any non-decreasing sequence of months is accepted, and its progress is non-decreasing with a gap equal
     * to time − execution; lowering any month below its predecessor is refused at exactly that month.
     */
    @Test
    void propertyCumulativeFiguresNeverDecrease() {
        Random random = new Random(5);
        for (int run = 0; run < 500; run++) {
            List<Integer> chosen = new ArrayList<>();
            for (int m = 1; m <= 12; m++) {
                if (random.nextBoolean()) {
                    chosen.add(m);
                }
            }
            if (chosen.size() < 2) {
                continue;
            }
            List<MonthlyExecutions.Input> inputs = new ArrayList<>();
            long cumulative = 0;
            for (int m : chosen) {
                cumulative += random.nextInt(3) == 0 ? 0 : random.nextLong(0, 10_000_000L);
                inputs.add(month(String.valueOf(m), BigDecimal.valueOf(cumulative, 2).toPlainString()));
            }
            List<MonthlyExecutions.Input> shuffled = new ArrayList<>(inputs);
            java.util.Collections.shuffle(shuffled, random);
            Validated<List<MonthlyExecution>> v = MonthlyExecutions.validate(shuffled, AmountUnit.YUAN);
            assertTrue(v.isValid(), () -> v.errors().toString());
            BigDecimal budget = BigDecimal.valueOf(random.nextLong(1, 100_000_000L), 2);
            List<MonthProgress> progress = MonthlyExecutions.progress(v.value(), budget);
            for (int k = 0; k < progress.size(); k++) {
                MonthProgress p = progress.get(k);
                assertEquals(p.timeProgress().subtract(p.executionProgress()), p.progressGap());
                if (k > 0) {
                    assertFalse(p.executionProgress().compareTo(progress.get(k - 1).executionProgress()) < 0);
                    assertTrue(p.timeProgress().compareTo(progress.get(k - 1).timeProgress()) > 0);
                }
            }
            int lowered = random.nextInt(1, inputs.size());
            BigDecimal previous = new BigDecimal(inputs.get(lowered - 1).cumulativeActual());
            if (previous.signum() == 0) {
                continue;
            }
            List<MonthlyExecutions.Input> broken = new ArrayList<>(inputs);
            broken.set(lowered, new MonthlyExecutions.Input(inputs.get(lowered).month(),
                    previous.subtract(new BigDecimal("0.01")).toPlainString()));
            Validated<List<MonthlyExecution>> refused = MonthlyExecutions.validate(broken, AmountUnit.YUAN);
            assertEquals(List.of("months[" + lowered + "].cumulativeActual"), fields(refused));
        }
    }
}
