package org.jixiao.budget.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One 三公经费 item of a unit-year, validated, in 元 with 2 decimals.
 *
 * @param item   which of the three
 * @param budget 预算数
 * @param actual 实际支出数; null when not stated (then for all three items, see {@link ThreePublicExpenses})
 */
public record ThreePublicExpense(ThreePublicItem item, BigDecimal budget, BigDecimal actual) {

    public ThreePublicExpense {
        Objects.requireNonNull(item, "item");
        budget = Money.fen("budget", Objects.requireNonNull(budget, "budget"));
        actual = Money.fen("actual", actual);
    }

    /** True when more was spent than budgeted; null when the actual is not stated. 0 spent of 0 is no overspend. */
    public Boolean overspent() {
        return actual == null ? null : actual.compareTo(budget) > 0;
    }
}
