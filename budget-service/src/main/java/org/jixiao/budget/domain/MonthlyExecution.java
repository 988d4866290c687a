package org.jixiao.budget.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A unit-year's cumulative actual expenditure at the end of one month (绩效运行监控), validated, in 元.
 *
 * @param month            1 to 12
 * @param cumulativeActual 1 月至本月累计实际支出
 */
public record MonthlyExecution(int month, BigDecimal cumulativeActual) {

    public MonthlyExecution {
        if (month < MonthlyExecutions.FIRST_MONTH || month > MonthlyExecutions.LAST_MONTH) {
            throw new IllegalArgumentException("month must be 1 to 12: " + month);
        }
        cumulativeActual = Money.fen("cumulativeActual", Objects.requireNonNull(cumulativeActual, "cumulativeActual"));
    }
}
