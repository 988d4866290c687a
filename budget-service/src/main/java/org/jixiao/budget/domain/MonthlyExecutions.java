package org.jixiao.budget.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Monthly cumulative execution (绩效运行监控, checked each September as 双监控): validation of the months as one PUT
 * states them, and each month's execution progress against time progress.
 *
 * <p>Months are 1 to 12, each at most once, in any order and with gaps allowed (monitoring may stop at September).
 * Cumulative spending never decreases: a month whose figure is below an earlier month's is refused, naming it.
 *
 * <p>Progress is measured against the budget in force (adjustedBudget, or initialBudget when not adjusted) as it
 * stands when read, so that a later adjustment moves the progress with it.
 */
public final class MonthlyExecutions {
    public static final String FIELD = "months";
    public static final int FIRST_MONTH = 1;
    public static final int LAST_MONTH = 12;
    /** Beyond this a list is not a slip to explain month by month (any list of more than 12 has duplicates). */
    public static final int MAX_LISTED = 100;

    private static final BigDecimal MONTHS = BigDecimal.valueOf(LAST_MONTH);

    private MonthlyExecutions() {
    }

    /**
     * One month as sent. The month is read as an exact number so that 9.5 is refused, not cut to 9; the amount is
     * text in the request's amountUnit.
     */
    public record Input(BigDecimal month, String cumulativeActual) {
    }

    /** The months in calendar order, or every error found. */
    public static Validated<List<MonthlyExecution>> validate(List<Input> inputs, AmountUnit unit) {
        Objects.requireNonNull(inputs, "inputs");
        DetailReader reader = new DetailReader(unit);
        if (reader.refusesWhole(FIELD, inputs.size(), MAX_LISTED, "一年只有 12 个月，收到 " + inputs.size() + " 条")) {
            return Validated.of(null, reader.errors());
        }
        DetailReader.Keys<Integer> listed = reader.keys(FIELD, DetailIssue.DUPLICATE_MONTH, month -> month + " 月");
        List<Indexed> read = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            String at = FIELD + "[" + i + "]";
            Input in = inputs.get(i);
            if (in == null) {
                reader.error(at, DetailIssue.MISSING_FIELD, "月份条目为空");
                continue;
            }
            Integer month = month(reader, at + ".month", in.month());
            if (!listed.unique(month, i, at + ".month")) {
                month = null;
            }
            BigDecimal amount = reader.requiredAmount(at + ".cumulativeActual", in.cumulativeActual());
            if (month != null && amount != null) {
                read.add(new Indexed(i, new MonthlyExecution(month, amount)));
            }
        }
        read.sort(Comparator.comparingInt(m -> m.value().month()));
        for (int k = 1; k < read.size(); k++) {
            MonthlyExecution previous = read.get(k - 1).value();
            MonthlyExecution current = read.get(k).value();
            if (current.cumulativeActual().compareTo(previous.cumulativeActual()) < 0) {
                reader.error(FIELD + "[" + read.get(k).index() + "].cumulativeActual", DetailIssue.CUMULATIVE_DECREASED,
                        current.month() + " 月累计支出 " + Percentages.yuan(current.cumulativeActual()) + " 低于 "
                                + previous.month() + " 月的 " + Percentages.yuan(previous.cumulativeActual())
                                + "：累计数不会减少");
            }
        }
        return Validated.of(read.stream().map(Indexed::value).toList(), reader.errors());
    }

    private record Indexed(int index, MonthlyExecution value) {
    }

    private static Integer month(DetailReader reader, String field, BigDecimal month) {
        if (month == null) {
            reader.error(field, DetailIssue.MISSING_FIELD, "缺少月份（1 至 12）");
            return null;
        }
        // Range first, with comparisons only: 1E+999999999 or 1E-999999999 must not be expanded to be judged.
        if (month.signum() <= 0 || month.compareTo(MONTHS) > 0) {
            reader.error(field, DetailIssue.MONTH_OUT_OF_RANGE, "月份须为 1 至 12：" + AmountParser.echo(month.toString()));
            return null;
        }
        BigDecimal whole = month.stripTrailingZeros();
        if (whole.scale() > 0) {
            reader.error(field, DetailIssue.NOT_AN_INTEGER, "月份须为整数 1 至 12：" + AmountParser.echo(month.toString()));
            return null;
        }
        return whole.intValueExact();
    }

    /** 时间进度 of a month: month ÷ 12 × 100, HALF_UP to 2 decimals (March 25.00, September 75.00). */
    public static BigDecimal timeProgress(int month) {
        if (month < FIRST_MONTH || month > LAST_MONTH) {
            throw new IllegalArgumentException("month must be 1 to 12: " + month);
        }
        return Percentages.of(BigDecimal.valueOf(month), MONTHS);
    }

    /** Each month's progress against {@code budgetInForce} (元); execution progress is undefined when it is 0. */
    public static List<MonthProgress> progress(List<MonthlyExecution> months, BigDecimal budgetInForce) {
        Objects.requireNonNull(months, "months");
        List<MonthProgress> progress = new ArrayList<>(months.size());
        for (MonthlyExecution m : months) {
            BigDecimal time = timeProgress(m.month());
            BigDecimal execution = Percentages.of(m.cumulativeActual(), budgetInForce);
            BigDecimal gap = execution == null ? null : time.subtract(execution);
            progress.add(new MonthProgress(m.month(), m.cumulativeActual(), execution, time, gap,
                    gap == null ? null : gap.signum() > 0));
        }
        return List.copyOf(progress);
    }

    /**
     * Warnings about the months against the unit-year: a budget in force of 0 (no progress can be computed), and a
     * December figure that differs from the unit-year's actualExpenditure (when both are stated).
     */
    public static List<DetailIssue> consistency(List<MonthlyExecution> months, BudgetFigures figures) {
        Objects.requireNonNull(months, "months");
        Objects.requireNonNull(figures, "figures");
        List<DetailIssue> issues = new ArrayList<>(2);
        if (months.isEmpty()) {
            return List.of();
        }
        BigDecimal budget = figures.budgetInForce();
        if (budget == null || budget.signum() == 0) {
            issues.add(new DetailIssue("budgetInForce", DetailIssue.BUDGET_IN_FORCE_ZERO,
                    "本年度预算数为 0 或未填：执行进度无法计算（除数为 0）"));
        }
        for (int i = 0; i < months.size(); i++) {
            MonthlyExecution m = months.get(i);
            if (m.month() == LAST_MONTH && figures.actualExpenditure() != null
                    && m.cumulativeActual().compareTo(figures.actualExpenditure()) != 0) {
                issues.add(new DetailIssue(FIELD + "[" + i + "].cumulativeActual",
                        DetailIssue.DECEMBER_NOT_ACTUAL_EXPENDITURE, "12 月累计支出 " + Percentages.yuan(m.cumulativeActual())
                                + " 与本年度实际支出 actualExpenditure " + Percentages.yuan(figures.actualExpenditure())
                                + " 不符（仅提示，不作修正）"));
            }
        }
        return List.copyOf(issues);
    }
}
