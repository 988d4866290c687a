package org.jixiao.indicator.domain.framework;

/**
 * What a node of a framework stands for. Grouping nodes (年度目标 N, 活动, 项目) sit above the 一级指标 when a
 * declaration is organised per goal (seed 004), per activity (seed 003) or per project (seed 001).
 * The other values are the 一级/二级 categories met in national and provincial frameworks and in the seeds.
 */
public enum IndicatorCategory {
    GOAL_GROUP("年度目标", true),
    ACTIVITY("活动", true),
    PROJECT("项目", true),
    INPUT("投入指标", false),
    PROCESS("过程指标", false),
    OUTPUT("产出指标", false),
    OUTCOME("效益指标", false),
    SATISFACTION("满意度指标", false),
    COST("成本指标", false),
    BUDGET_EXECUTION("预算执行", false),
    PLANNING("部门规划", false),
    OPERATING_COST("运行成本", false),
    MANAGEMENT_EFFICIENCY("管理效率", false),
    DUTY_PERFORMANCE("履职效能", false),
    SOCIAL_EFFECT("社会效应", false),
    SUSTAINABLE_DEVELOPMENT("可持续发展能力", false),
    OTHER("其他", false);

    private final String label;
    private final boolean group;

    IndicatorCategory(String label, boolean group) {
        this.label = label;
        this.group = group;
    }

    /** The Chinese label for users. */
    public String label() {
        return label;
    }

    /** True for 年度目标 / 活动 / 项目: a container of indicators, never a scored leaf. */
    public boolean isGroup() {
        return group;
    }
}
