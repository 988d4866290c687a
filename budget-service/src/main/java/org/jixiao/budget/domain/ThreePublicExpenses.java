package org.jixiao.budget.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * 三公经费 by item: validation of the three items as one PUT states them, their control rates, and their agreement
 * with the unit-year's threePublicBudget / threePublicActual.
 *
 * <p>A list is either empty (no breakdown) or names each of the three items exactly once: a unit without, say,
 * official receptions states 0, so that the three always add up to the whole. budget is required; actual is stated
 * for all three items or for none (a total of two actuals and one unknown would be a guess).
 *
 * <p>Disagreement with the unit-year's figures is refused (422), unlike a project list's: 三公经费 <em>is</em> the sum
 * of exactly these three items, so the items and the unit-year's figure are one amount stated twice. If both were
 * kept, {@code threePublicControlRate} (read by scoring) and the items' rates would tell two different stories on the
 * same report. If the unit-year's figure changes after the items were stored, reading them reports the mismatch as
 * a warning instead, since there is nothing to refuse at that point.
 */
public final class ThreePublicExpenses {
    public static final String FIELD = "items";
    /** Beyond this a list is not a slip to explain item by item (any list of more than 3 has duplicates). */
    public static final int MAX_LISTED = 30;

    public static final String CONTROL_RATE_FORMULA = "actual ÷ budget × 100%";
    public static final String REASON_NONE_BUDGETED_NONE_SPENT =
            "预算数与实际支出数均为 0：未超支，控制率不作计算（0 ÷ 0 无定义）";
    public static final String REASON_SPENT_WITHOUT_BUDGET =
            "预算数为 0 而实际支出大于 0：属超支，控制率无法计算（除数为 0）";
    public static final String REASON_ACTUAL_NOT_STATED = FiscalMetrics.REASON_MISSING_INPUT_PREFIX + "actual";

    private ThreePublicExpenses() {
    }

    /** One item as sent: amounts as text in the request's amountUnit. */
    public record Input(ThreePublicItem item, String budget, String actual) {
    }

    public static Validated<List<ThreePublicExpense>> validate(List<Input> inputs, AmountUnit unit) {
        Objects.requireNonNull(inputs, "inputs");
        DetailReader reader = new DetailReader(unit);
        if (reader.refusesWhole(FIELD, inputs.size(), MAX_LISTED, "三公经费只有 3 项，收到 " + inputs.size() + " 项")) {
            return Validated.of(null, reader.errors());
        }
        DetailReader.Keys<ThreePublicItem> listed = reader.keys(FIELD, DetailIssue.DUPLICATE_ITEM,
                item -> item.label() + "（" + item + "）");
        List<ThreePublicExpense> items = new ArrayList<>(inputs.size());
        int withActual = 0;
        int withoutActual = 0;
        for (int i = 0; i < inputs.size(); i++) {
            String at = FIELD + "[" + i + "]";
            Input in = inputs.get(i);
            if (in == null) {
                reader.error(at, DetailIssue.MISSING_FIELD, "条目为空");
                continue;
            }
            int errorsBefore = reader.errors().size();
            if (in.item() == null) {
                reader.error(at + ".item", DetailIssue.MISSING_FIELD,
                        "缺少项目：OVERSEAS_TRAVEL、OFFICIAL_VEHICLES 或 OFFICIAL_RECEPTION");
            }
            listed.unique(in.item(), i, at + ".item");
            BigDecimal budget = reader.requiredAmount(at + ".budget", in.budget());
            BigDecimal actual = reader.optionalAmount(at + ".actual", in.actual());
            if (AmountParser.isBlank(in.actual())) {
                withoutActual++;
            } else {
                withActual++;
            }
            if (reader.errors().size() == errorsBefore) {
                items.add(new ThreePublicExpense(in.item(), budget, actual));
            }
        }
        if (!inputs.isEmpty()) {
            for (ThreePublicItem item : ThreePublicItem.values()) {
                if (!listed.contains(item)) {
                    reader.error(FIELD, DetailIssue.MISSING_ITEM, "缺少" + item.label() + "（" + item
                            + "）：三项须各列一次，没有的列 0");
                }
            }
        }
        if (withActual > 0 && withoutActual > 0) {
            for (int i = 0; i < inputs.size(); i++) {
                if (inputs.get(i) != null && AmountParser.isBlank(inputs.get(i).actual())) {
                    reader.error(FIELD + "[" + i + "].actual", DetailIssue.ACTUAL_PARTIALLY_STATED,
                            "实际支出须三项都列或都不列：其余条目已列实际支出");
                }
            }
        }
        items.sort(Comparator.comparing(ThreePublicExpense::item));
        return Validated.of(List.copyOf(items), reader.errors());
    }

    /** The 三公经费控制率 of one item, with its inputs; undefined (with the reason) rather than a division by zero. */
    public static Metric controlRate(ThreePublicExpense e) {
        Map<String, BigDecimal> inputs = new LinkedHashMap<>();
        if (e.actual() != null) {
            inputs.put("actual", e.actual());
        }
        inputs.put("budget", e.budget());
        String name = FiscalMetrics.THREE_PUBLIC_CONTROL_RATE;
        if (e.actual() == null) {
            return new Metric(name, CONTROL_RATE_FORMULA, inputs, null, REASON_ACTUAL_NOT_STATED);
        }
        if (e.budget().signum() == 0) {
            return new Metric(name, CONTROL_RATE_FORMULA, inputs, null,
                    e.actual().signum() == 0 ? REASON_NONE_BUDGETED_NONE_SPENT : REASON_SPENT_WITHOUT_BUDGET);
        }
        return new Metric(name, CONTROL_RATE_FORMULA, inputs, Percentages.of(e.actual(), e.budget()), null);
    }

    /** Σ budget of the items; 0.00 for none. */
    public static BigDecimal totalBudget(List<ThreePublicExpense> items) {
        return Percentages.sum(items, ThreePublicExpense::budget);
    }

    /** Σ actual of the items; null when the actuals are not stated (or there are no items). */
    public static BigDecimal totalActual(List<ThreePublicExpense> items) {
        if (items.isEmpty() || items.stream().anyMatch(e -> e.actual() == null)) {
            return null;
        }
        return Percentages.sum(items, ThreePublicExpense::actual);
    }

    /**
     * The unit-year's 三公经费控制率 recomputed from the items' sums, exactly as {@link FiscalMetrics} computes it from
     * threePublicBudget / threePublicActual (same formula, same reasons for 0 ÷ 0).
     */
    public static Metric totalControlRate(List<ThreePublicExpense> items) {
        BudgetFigures sums = BudgetFigures.builder().threePublicBudget(items.isEmpty() ? null : totalBudget(items))
                .threePublicActual(totalActual(items)).build();
        return FiscalMetrics.compute(sums).stream()
                .filter(m -> m.name().equals(FiscalMetrics.THREE_PUBLIC_CONTROL_RATE)).findFirst().orElseThrow();
    }

    /**
     * Where the items disagree with the unit-year's threePublicBudget / threePublicActual. Figures the unit-year does
     * not state, and actuals the items do not state, are not compared; an empty list is compared with nothing.
     */
    public static List<DetailIssue> mismatches(List<ThreePublicExpense> items, BudgetFigures figures) {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(figures, "figures");
        if (items.isEmpty()) {
            return List.of();
        }
        return Stream.of(
                DetailIssue.sumMismatch(FIELD + "[].budget", DetailIssue.THREE_PUBLIC_BUDGET_MISMATCH,
                        "三项预算数合计", totalBudget(items),
                        "三公经费预算数 threePublicBudget", figures.threePublicBudget()),
                DetailIssue.sumMismatch(FIELD + "[].actual", DetailIssue.THREE_PUBLIC_ACTUAL_MISMATCH,
                        "三项实际支出合计", totalActual(items),
                        "三公经费实际支出数 threePublicActual", figures.threePublicActual()))
                .filter(Objects::nonNull).toList();
    }
}
