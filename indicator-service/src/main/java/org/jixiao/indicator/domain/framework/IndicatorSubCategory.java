package org.jixiao.indicator.domain.framework;

/** 二级 categories under 产出 (数量, 质量, 时效, 成本), 效益 (经济, 社会, 生态, 可持续) and 成本指标 (seed 003). */
public enum IndicatorSubCategory {
    QUANTITY("数量指标"),
    QUALITY("质量指标"),
    TIMELINESS("时效指标"),
    COST("成本指标"),
    ECONOMIC("经济效益指标"),
    SOCIAL("社会效益指标"),
    ENVIRONMENTAL("生态效益指标"),
    SUSTAINABILITY("可持续影响指标"),
    ECONOMIC_COST("经济成本指标"),
    SOCIAL_COST("社会成本指标"),
    ENVIRONMENTAL_COST("生态环境成本指标");

    private final String label;

    IndicatorSubCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
