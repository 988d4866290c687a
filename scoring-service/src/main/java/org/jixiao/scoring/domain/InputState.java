package org.jixiao.scoring.domain;

/** The state of a leaf's actual value, orthogonal to its {@link ScoringMethod}. */
public enum InputState {
    /** An actual value (or grade / achieved flag / survey) is given and the method's formula applies. */
    VALUE,
    /** 无法取得相关资料: the leaf scores 0 and is flagged. */
    DATA_UNAVAILABLE,
    /** 不适用: the leaf is dropped and the evaluation total is re-scaled so the maximum stays 100. */
    NOT_APPLICABLE,
    /** The evaluator overrides the formula with a score and a mandatory reason; the formula result is kept beside it. */
    MANUAL
}
