package org.jixiao.budget.domain;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
@Schema(name = "MonthProgress", description = "One month of 双监控: cumulative spending (元) against time "
        + "progress, percents HALF_UP to 2 decimals")
public record MonthProgress(
        @Schema(required = true, minimum = "1", maximum = "12", example = "9") int month,
        @Schema(required = true, description = "累计实际支出, 元", example = "3502000.00") BigDecimal cumulativeActual,
        @Schema(description = "预算执行进度, percent; null when the budget in force is 0", example = "63.39")
        BigDecimal executionProgress,
        @Schema(required = true, description = "时间进度, percent", example = "75.00") BigDecimal timeProgress,
        @Schema(description = "timeProgress − executionProgress, percentage points; null when executionProgress is",
                example = "11.61") BigDecimal progressGap,
        @Schema(description = "progressGap > 0; null when executionProgress is") Boolean behindSchedule) {
}
