package org.jixiao.report.domain.findings;

/**
 * Names of the facts the built-in rules read. Rates are percents with 2 decimals (20.90 means 20.90%),
 * money is 元, counts are integers, lists are lists of display strings.
 */
public final class FactNames {
    /** 预算调整率, percent. */
    public static final String ADJUSTMENT_RATE = "adjustmentRate";
    /** 预算执行率, percent. */
    public static final String EXECUTION_RATE = "executionRate";
    public static final String INITIAL_BUDGET = "initialBudget";
    public static final String ADJUSTED_BUDGET = "adjustedBudget";
    /** 决算支出, 元. */
    public static final String ACTUAL_EXPENDITURE = "actualExpenditure";
    /** Spending from every fund source (e.g. the 额度汇总表), 元; compared with 决算支出. */
    public static final String ALL_SOURCE_EXPENDITURE = "allSourceExpenditure";
    /** Projects whose indicator set has no 时效指标: list of project names, and its size. */
    public static final String MISSING_TIMELINESS_PROJECTS = "missingTimelinessProjects";
    public static final String MISSING_TIMELINESS_COUNT = "missingTimelinessCount";
    /** Targets written as 提升/不断完善 … with no number: list of indicator names, and its size. */
    public static final String VAGUE_TARGETS = "vagueTargets";
    public static final String VAGUE_TARGET_COUNT = "vagueTargetCount";
    /** 评价结果应用率, percent. */
    public static final String RESULT_APPLICATION_RATE = "resultApplicationRate";
    /** Unmet targets in the seeds' wording, and their number. */
    public static final String UNMET_TARGETS = "unmetTargets";
    public static final String UNMET_TARGET_COUNT = "unmetTargetCount";
    /** Largest (self-reported − recomputed) score over all nodes, points; the nodes concerned by name. */
    public static final String SELF_SCORE_OVERSTATEMENT = "selfScoreOverstatement";
    public static final String INFLATED_NODES = "inflatedNodes";
    /** 结转结余率, percent. */
    public static final String CARRY_OVER_RATE = "carryOverRate";
    /** 三公经费控制率, percent; 0 when both budget and actual are 0 (seed 002), never a division by zero. */
    public static final String THREE_PUBLIC_CONTROL_RATE = "threePublicControlRate";
    /** Fixed-asset counts (清查盘点) carried out in the fiscal year. */
    public static final String ASSET_INVENTORY_COUNT = "assetInventoryCount";

    private FactNames() {
    }
}
