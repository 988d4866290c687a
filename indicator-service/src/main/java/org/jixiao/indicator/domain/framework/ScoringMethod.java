package org.jixiao.indicator.domain.framework;

/** The leaf scoring methods of SCORING.md §1; the rules themselves live in scoring-service. */
public enum ScoringMethod {
    RATIO_AT_LEAST(true, false),
    RATIO_AT_MOST(true, false),
    EQUALS(true, false),
    ZERO_TOLERANCE(false, false),
    RANK_WITHIN(true, false),
    BINARY(true, false),
    GRADE(false, false),
    EXECUTION_RATE(false, false),
    BANDED(false, true),
    DEDUCTION(false, true),
    SATISFACTION(true, false),
    MANUAL(false, false);

    private final boolean requiresTarget;
    private final boolean requiresRule;

    ScoringMethod(boolean requiresTarget, boolean requiresRule) {
        this.requiresTarget = requiresTarget;
        this.requiresRule = requiresRule;
    }

    /**
     * Whether the method compares against a declared 指标值. ZERO_TOLERANCE (0 is implied), GRADE (default table),
     * EXECUTION_RATE (100% implied), BANDED and DEDUCTION (their table is the rule) and MANUAL do not.
     */
    public boolean requiresTarget() {
        return requiresTarget;
    }

    /** Whether the method cannot be applied without a 评(扣)分标准 text: the step table, the points per violation. */
    public boolean requiresRule() {
        return requiresRule;
    }
}
