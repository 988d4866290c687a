package org.jixiao.budget.domain;

import java.math.BigDecimal;

/**
 * One month of 双监控 (spending progress against time progress), percents HALF_UP to 2 decimals.
 *
 * @param month             1 to 12
 * @param cumulativeActual  累计实际支出, 元
 * @param executionProgress 预算执行进度: cumulativeActual ÷ budgetInForce × 100; null when the budget in force is 0
 * @param timeProgress      时间进度: month ÷ 12 × 100 (September: 75.00)
 * @param progressGap       timeProgress − executionProgress, percentage points; positive means spending lags behind
 *                          time; null when executionProgress is
 * @param behindSchedule    progressGap &gt; 0; null when executionProgress is
 */
public record MonthProgress(int month, BigDecimal cumulativeActual, BigDecimal executionProgress,
                            BigDecimal timeProgress, BigDecimal progressGap, Boolean behindSchedule) {
}
