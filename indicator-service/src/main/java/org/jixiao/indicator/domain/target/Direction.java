package org.jixiao.indicator.domain.target;

/** 指标性质: which side of the target counts as success. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "TargetDirection",
        description = "指标性质: AT_LEAST (正向), AT_MOST (反向), EQUALS or QUALITATIVE (定性)")
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
