package org.jixiao.indicator.domain.target;

/** 指标性质: which side of the target counts as success. */
public enum Direction {
    /** ≥, 正向: more is better. */
    AT_LEAST,
    /** ≤, 反向: less is better. */
    AT_MOST,
    /** =: the target itself is the only full mark. */
    EQUALS,
    /** 定性: judged, not measured (rank, grade, trend, achieved, frequency, composite description). */
    QUALITATIVE
}
