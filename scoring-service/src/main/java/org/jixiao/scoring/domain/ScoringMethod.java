package org.jixiao.scoring.domain;

/**
 * How a leaf indicator (三级指标) turns its actual value into points; the rules are those of SCORING.md §1.
 * {@code w} = weight, {@code t} = target, {@code a} = actual.
 */
public enum ScoringMethod {
    /** 正向 (≥): a ≥ t → w; else w·a/t. */
    RATIO_AT_LEAST,
    /** 反向 (≤): a ≤ t → w; else w·t/a. */
    RATIO_AT_MOST,
    /** 等于 (=): a = t → w; else w·min(a,t)/max(a,t). */
    EQUALS,
    /** 零容忍: a = 0 → w; else 0 (a ratio is undefined when the target is 0). */
    ZERO_TOLERANCE,
    /** 排名前 N: rank ≤ N → w; else 0. N is {@link MethodParameters#rankLimit()} or the target. */
    RANK_WITHIN,
    /** 达标 / 通过考核 / 不断提升: achieved → w; else 0. */
    BINARY,
    /** 定性 (优良中低差 …): the grade's fraction of w, from a configurable table. */
    GRADE,
    /** 预算执行率: w·min(rate, 1); rate = a/t with amounts, or a% when no target amount is given. */
    EXECUTION_RATE,
    /** Step table of (upper bound → points), e.g. a provincial 预算调整率 table. */
    BANDED,
    /** w − d·(count of violations), floored at 0. */
    DEDUCTION,
    /** rate = satisfied ÷ valid responses (or a reported percent); rate ≥ t → w; else w·rate/t. */
    SATISFACTION,
    /** The evaluator enters the score; a reason is mandatory. */
    MANUAL
}
