package org.jixiao.report.domain.model;

import java.math.BigDecimal;

/**
 * A scored leaf below its weight, phrased as seed 004 does:
 * 年度目标 4 中产出指标“新增就业岗位”计划800个，实际为210个，未完成相应指标.
 */
public record UnmetTarget(
        String code,
        String goalGroup,
        String category,
        String name,
        String target,
        String actual,
        BigDecimal weight,
        BigDecimal score) {

    public String text() {
        StringBuilder text = new StringBuilder();
        if (goalGroup != null && !goalGroup.isBlank()) {
            text.append(goalGroup.strip()).append(" 中");
        }
        if (category != null && !category.isBlank()) {
            text.append(category.strip());
        }
        text.append('“').append(name.strip()).append('”');
        String plannedValue = compact(target);
        String actualValue = compact(actual);
        if (plannedValue.isEmpty()) {
            text.append("得分").append(Figures.score(score)).append("（分值").append(Figures.score(weight))
                    .append("），未完成相应指标");
        } else if (actualValue.isEmpty()) {
            text.append("计划").append(plannedValue)
                    .append("，本次评价暂无法取得相关资料，暂不明确绩效指标的完成情况");
        } else {
            text.append("计划").append(plannedValue).append("，实际为").append(actualValue).append("，未完成相应指标");
        }
        return text.toString();
    }

    /** "800 个" reads "800个" in running text, as in the seeds. */
    private static String compact(String value) {
        return value == null ? "" : value.strip().replaceAll("(?<=\\d)\\s+(?=\\S)", "");
    }
}
