package org.jixiao.budget.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.function.Function;

/** Percentages and sums of the detail lists, by the rules of {@link FiscalMetrics}: HALF_UP to 2 decimals, once. */
public final class Percentages {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Percentages() {
    }

    /** numerator ÷ divisor × 100, HALF_UP to 2 decimals; null when either is unknown or the divisor is 0. */
    public static BigDecimal of(BigDecimal numerator, BigDecimal divisor) {
        if (numerator == null || divisor == null || divisor.signum() == 0) {
            return null;
        }
        return numerator.multiply(HUNDRED).divide(divisor, 2, RoundingMode.HALF_UP);
    }

    /** Exact sum in 元 with 2 decimals; 0.00 for no items. Items whose amount is null are skipped. */
    public static <T> BigDecimal sum(Collection<T> items, Function<T, BigDecimal> amount) {
        BigDecimal total = ZERO;
        for (T item : items) {
            BigDecimal value = amount.apply(item);
            if (value != null) {
                total = total.add(value);
            }
        }
        return total.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** An amount as messages quote it: 元 with exactly 2 decimals, e.g. "1967500.00 元". */
    static String yuan(BigDecimal amount) {
        return AmountFormatter.toYuan(amount) + " 元";
    }
}
