package org.jixiao.budget.domain;

import static org.jixiao.budget.domain.ThreePublicItem.OFFICIAL_RECEPTION;
import static org.jixiao.budget.domain.ThreePublicItem.OFFICIAL_VEHICLES;
import static org.jixiao.budget.domain.ThreePublicItem.OVERSEAS_TRAVEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ThreePublicExpensesTest {

    private static ThreePublicExpenses.Input item(ThreePublicItem item, String budget, String actual) {
        return new ThreePublicExpenses.Input(item, budget, actual);
    }

    private static List<ThreePublicExpense> valid(AmountUnit unit, ThreePublicExpenses.Input... inputs) {
        Validated<List<ThreePublicExpense>> v = ThreePublicExpenses.validate(Arrays.asList(inputs), unit);
        assertTrue(v.isValid(), () -> v.errors().toString());
        return v.value();
    }

    private static List<String> codes(Validated<?> v) {
        return v.errors().stream().map(DetailIssue::code).toList();
    }

    private static List<String> fields(Validated<?> v) {
        return v.errors().stream().map(DetailIssue::field).toList();
    }

    private static List<ThreePublicExpense> typical() {
        return valid(AmountUnit.YUAN, item(OFFICIAL_RECEPTION, "20000", "18500.5"), item(OVERSEAS_TRAVEL, "0", "0"),
                item(OFFICIAL_VEHICLES, "30000", "31000"));
    }

    @Test
    void seed002NothingBudgetedNothingSpentIsNoOverspendAndNoDivisionByZero() {
        List<ThreePublicExpense> items = valid(AmountUnit.TEN_THOUSAND_YUAN, item(OVERSEAS_TRAVEL, "0", "0"),
                item(OFFICIAL_VEHICLES, "0", "0"), item(OFFICIAL_RECEPTION, "0", "0"));
        for (ThreePublicExpense e : items) {
            assertEquals(Boolean.FALSE, e.overspent(), e.item().name());
            Metric rate = ThreePublicExpenses.controlRate(e);
            assertNull(rate.value());
            assertEquals(ThreePublicExpenses.REASON_NONE_BUDGETED_NONE_SPENT, rate.undefinedReason());
        }
        Metric total = ThreePublicExpenses.totalControlRate(items);
        assertEquals(FiscalMetrics.THREE_PUBLIC_CONTROL_RATE, total.name());
        assertNull(total.value());
        assertEquals(FiscalMetrics.REASON_THREE_PUBLIC_NONE_BUDGETED_NONE_SPENT, total.undefinedReason());
        BudgetFigures seed002 = BudgetFigures.builder().threePublicBudget(new BigDecimal("0"))
                .threePublicActual(new BigDecimal("0")).build();
        assertEquals(List.of(), ThreePublicExpenses.mismatches(items, seed002));
    }

    @Test
    void eachItemHasItsOwnControlRateAndTheSumsGiveTheUnitYears() {
        List<ThreePublicExpense> items = typical();
        assertEquals(List.of(OVERSEAS_TRAVEL, OFFICIAL_VEHICLES, OFFICIAL_RECEPTION),
                items.stream().map(ThreePublicExpense::item).toList(), "the glossary's order, whatever was sent");
        assertEquals(new BigDecimal("103.33"), ThreePublicExpenses.controlRate(items.get(1)).value());
        assertEquals(Boolean.TRUE, items.get(1).overspent());
        Metric reception = ThreePublicExpenses.controlRate(items.get(2));
        assertEquals(new BigDecimal("92.50"), reception.value());
        assertEquals(new BigDecimal("18500.50"), reception.inputs().get("actual"));
        assertEquals(new BigDecimal("20000.00"), reception.inputs().get("budget"));
        assertEquals(ThreePublicExpenses.CONTROL_RATE_FORMULA, reception.formula());
        assertEquals(new BigDecimal("50000.00"), ThreePublicExpenses.totalBudget(items));
        assertEquals(new BigDecimal("49500.50"), ThreePublicExpenses.totalActual(items));
        assertEquals(new BigDecimal("99.00"), ThreePublicExpenses.totalControlRate(items).value());
    }

    @Test
    void spendingWithoutBudgetIsAnOverspendWithoutARate() {
        ThreePublicExpense e = valid(AmountUnit.YUAN, item(OVERSEAS_TRAVEL, "0", "1"), item(OFFICIAL_VEHICLES, "0", "0"),
                item(OFFICIAL_RECEPTION, "0", "0")).get(0);
        assertEquals(Boolean.TRUE, e.overspent());
        assertEquals(ThreePublicExpenses.REASON_SPENT_WITHOUT_BUDGET, ThreePublicExpenses.controlRate(e).undefinedReason());
    }

    @Test
    void budgetsWithoutActualsHaveNoRateYet() {
        List<ThreePublicExpense> items = valid(AmountUnit.YUAN, item(OVERSEAS_TRAVEL, "0", null),
                item(OFFICIAL_VEHICLES, "30000", " "), item(OFFICIAL_RECEPTION, "20000", null));
        ThreePublicExpense vehicles = items.get(1);
        assertNull(vehicles.actual());
        assertNull(vehicles.overspent());
        Metric rate = ThreePublicExpenses.controlRate(vehicles);
        assertEquals(ThreePublicExpenses.REASON_ACTUAL_NOT_STATED, rate.undefinedReason());
        assertFalse(rate.inputs().containsKey("actual"));
        assertNull(ThreePublicExpenses.totalActual(items));
        assertTrue(ThreePublicExpenses.totalControlRate(items).undefinedReason()
                .startsWith(FiscalMetrics.REASON_MISSING_INPUT_PREFIX));
    }

    @Test
    void anEmptyListIsNoBreakdown() {
        Validated<List<ThreePublicExpense>> v = ThreePublicExpenses.validate(List.of(), AmountUnit.YUAN);
        assertEquals(List.of(), v.value());
        assertEquals(List.of(), ThreePublicExpenses.mismatches(List.of(),
                BudgetFigures.builder().threePublicBudget(BigDecimal.TEN).build()));
        assertNull(ThreePublicExpenses.totalActual(List.of()));
        assertNull(ThreePublicExpenses.totalControlRate(List.of()).value());
    }

    @Test
    void eachItemMustBeListedOnce() {
        Validated<List<ThreePublicExpense>> missing = ThreePublicExpenses.validate(List.of(
                item(OVERSEAS_TRAVEL, "0", "0")), AmountUnit.YUAN);
        assertEquals(List.of(DetailIssue.MISSING_ITEM, DetailIssue.MISSING_ITEM), codes(missing));
        assertTrue(missing.errors().get(0).message().contains("公务用车购置及运行"));

        Validated<List<ThreePublicExpense>> duplicate = ThreePublicExpenses.validate(List.of(
                item(OVERSEAS_TRAVEL, "0", "0"), item(OFFICIAL_VEHICLES, "0", "0"), item(OFFICIAL_RECEPTION, "0", "0"),
                item(OFFICIAL_VEHICLES, "1", "1")), AmountUnit.YUAN);
        assertEquals(List.of("items[3].item"), fields(duplicate));
        assertEquals(List.of(DetailIssue.DUPLICATE_ITEM), codes(duplicate));
    }

    @Test
    void missingPartsAreNamed() {
        List<ThreePublicExpenses.Input> inputs = new ArrayList<>(List.of(item(null, "0", "0"),
                item(OFFICIAL_VEHICLES, null, "0"), item(OFFICIAL_RECEPTION, "0", "0")));
        inputs.add(null);
        Validated<List<ThreePublicExpense>> v = ThreePublicExpenses.validate(inputs, AmountUnit.YUAN);
        assertEquals(List.of("items[0].item", "items[1].budget", "items[3]", "items"), fields(v));
        assertEquals(List.of(DetailIssue.MISSING_FIELD, DetailIssue.MISSING_FIELD, DetailIssue.MISSING_FIELD,
                DetailIssue.MISSING_ITEM), codes(v));
    }

    @Test
    void actualsAreGivenForAllThreeOrNone() {
        Validated<List<ThreePublicExpense>> v = ThreePublicExpenses.validate(List.of(item(OVERSEAS_TRAVEL, "0", "0"),
                item(OFFICIAL_VEHICLES, "10", null), item(OFFICIAL_RECEPTION, "10", "")), AmountUnit.YUAN);
        assertEquals(List.of("items[1].actual", "items[2].actual"), fields(v));
        assertEquals(List.of(DetailIssue.ACTUAL_PARTIALLY_STATED, DetailIssue.ACTUAL_PARTIALLY_STATED), codes(v));
    }

    @Test
    void badAmountsAreNamed() {
        Validated<List<ThreePublicExpense>> v = ThreePublicExpenses.validate(List.of(item(OVERSEAS_TRAVEL, "-1", "0"),
                item(OFFICIAL_VEHICLES, "0.001", "0"), item(OFFICIAL_RECEPTION, "0", "十")), AmountUnit.YUAN);
        assertEquals(List.of("items[0].budget", "items[1].budget", "items[2].actual"), fields(v));
        assertEquals(List.of(RowConflict.NEGATIVE_AMOUNT, RowConflict.TOO_MANY_DECIMALS, RowConflict.NOT_NUMERIC),
                codes(v));
    }

    @Test
    void aMissingUnitAndAnAbsurdlyLongListAreRefusedWhole() {
        assertEquals(List.of(RowConflict.MISSING_UNIT), codes(ThreePublicExpenses.validate(List.of(
                item(OVERSEAS_TRAVEL, "0", "0")), null)));
        List<ThreePublicExpenses.Input> many = new ArrayList<>();
        for (int i = 0; i <= ThreePublicExpenses.MAX_LISTED; i++) {
            many.add(item(OVERSEAS_TRAVEL, "0", "0"));
        }
        assertEquals(List.of(DetailIssue.TOO_MANY_ITEMS), codes(ThreePublicExpenses.validate(many, AmountUnit.YUAN)));
    }

    @Test
    void sumsThatDifferFromTheUnitYearAreNamedPerFigure() {
        List<ThreePublicExpense> items = typical();
        BudgetFigures figures = BudgetFigures.builder().threePublicBudget(new BigDecimal("50000.01"))
                .threePublicActual(new BigDecimal("49500.49")).build();
        List<DetailIssue> issues = ThreePublicExpenses.mismatches(items, figures);
        assertEquals(List.of(DetailIssue.THREE_PUBLIC_BUDGET_MISMATCH, DetailIssue.THREE_PUBLIC_ACTUAL_MISMATCH),
                issues.stream().map(DetailIssue::code).toList());
        assertEquals(List.of("items[].budget", "items[].actual"), issues.stream().map(DetailIssue::field).toList());
        assertTrue(issues.get(0).message().contains("50000.00 元") && issues.get(0).message().contains("50000.01 元"));
    }

    @Test
    void onlyStatedFiguresAreCompared() {
        List<ThreePublicExpense> items = typical();
        assertEquals(List.of(), ThreePublicExpenses.mismatches(items, BudgetFigures.builder().build()));
        assertEquals(List.of(DetailIssue.THREE_PUBLIC_BUDGET_MISMATCH), ThreePublicExpenses.mismatches(items,
                BudgetFigures.builder().threePublicBudget(BigDecimal.ONE).build()).stream().map(DetailIssue::code)
                .toList());
        List<ThreePublicExpense> budgetsOnly = valid(AmountUnit.YUAN, item(OVERSEAS_TRAVEL, "0", null),
                item(OFFICIAL_VEHICLES, "30000", null), item(OFFICIAL_RECEPTION, "20000", null));
        assertEquals(List.of(), ThreePublicExpenses.mismatches(budgetsOnly, BudgetFigures.builder()
                .threePublicBudget(new BigDecimal("50000")).threePublicActual(new BigDecimal("7")).build()),
                "actuals not stated by the items are not compared");
    }

    /**
     * Property: for random items the totals are the exact sums, the items agree with figures made of those sums and
     * with no others, the recomputed control rate equals FiscalMetrics' from the same sums, and an item is overspent
     * exactly when its rate is above 100% or undefined with something spent.
     */
    @Test
    void propertySumOfItemsIsTheUnitYearFigure() {
        Random random = new Random(7);
        for (int run = 0; run < 500; run++) {
            List<ThreePublicExpenses.Input> inputs = new ArrayList<>();
            BigDecimal budget = BigDecimal.ZERO.setScale(2);
            BigDecimal actual = BigDecimal.ZERO.setScale(2);
            for (ThreePublicItem item : ThreePublicItem.values()) {
                BigDecimal b = random.nextInt(4) == 0 ? BigDecimal.ZERO.setScale(2)
                        : BigDecimal.valueOf(random.nextLong(0, 100_000_000L), 2);
                BigDecimal a = random.nextInt(4) == 0 ? BigDecimal.ZERO.setScale(2)
                        : BigDecimal.valueOf(random.nextLong(0, 100_000_000L), 2);
                budget = budget.add(b);
                actual = actual.add(a);
                inputs.add(item(item, b.toPlainString(), a.toPlainString()));
            }
            java.util.Collections.shuffle(inputs, random);
            List<ThreePublicExpense> items = ThreePublicExpenses.validate(inputs, AmountUnit.YUAN).value();
            assertEquals(budget, ThreePublicExpenses.totalBudget(items));
            assertEquals(actual, ThreePublicExpenses.totalActual(items));
            BudgetFigures same = BudgetFigures.builder().threePublicBudget(budget).threePublicActual(actual).build();
            assertEquals(List.of(), ThreePublicExpenses.mismatches(items, same));
            BudgetFigures off = BudgetFigures.builder().threePublicBudget(budget.add(new BigDecimal("0.01")))
                    .threePublicActual(actual).build();
            assertEquals(1, ThreePublicExpenses.mismatches(items, off).size());
            Metric expected = FiscalMetrics.compute(same).stream()
                    .filter(m -> m.name().equals(FiscalMetrics.THREE_PUBLIC_CONTROL_RATE)).findFirst().orElseThrow();
            assertEquals(expected, ThreePublicExpenses.totalControlRate(items));
            for (ThreePublicExpense e : items) {
                Metric rate = ThreePublicExpenses.controlRate(e);
                boolean overspent = rate.value() != null
                        ? e.actual().compareTo(e.budget()) > 0
                        : e.actual().signum() > 0;
                assertEquals(overspent, e.overspent(), e.toString());
                if (rate.value() != null && rate.value().compareTo(new BigDecimal("100.00")) < 0) {
                    assertFalse(e.overspent());
                }
            }
        }
    }
}
