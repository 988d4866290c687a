package org.jixiao.indicator.domain.target;

/** What a non-numeric target means, so that scoring can pick a method without re-reading the text. */
public enum QualitativeKind {
    /** 前三, 全区前三, 前3名, 第一: success is a rank within {@code rankLimit} (RANK_WITHIN). */
    RANK,
    /** 每周一次, 每月2次: a count per period; value = count, measureUnit = 次/周 etc. */
    FREQUENCY,
    /** 优良中低差, 高中低, 达成/部分达成/未达成: a grade table; measureUnit carries the canonical scale. */
    GRADE_SCALE,
    /** 不断提升, 逐年减少, 得到改善, 提高: direction of change, usually without a number (vague). */
    TREND,
    /** 达标, 完成, 通过考核, 合规, 健全, 效果良好: a yes/no judgement (BINARY). */
    ACHIEVED,
    /**
     * Several labelled quantities in one sentence, e.g. 9条湖溪，水域总面积20平方公里，岸线总长135公里:
     * readable, but no single number can be compared, so it is judged as a whole.
     */
    COMPOSITE
}
