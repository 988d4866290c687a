package org.jixiao.scoring.domain;

import java.util.Map;
import java.util.Set;

/** The workflow of an evaluation: 填报 → 提交 → 退回 / 审核 → 定稿. Only the moves listed here are legal. */
public enum EvaluationStatus {
    DRAFT, SUBMITTED, RETURNED, APPROVED, FINALIZED;

    private static final Map<EvaluationStatus, Set<EvaluationStatus>> LEGAL = Map.of(
            DRAFT, Set.of(SUBMITTED),
            SUBMITTED, Set.of(RETURNED, APPROVED),
            RETURNED, Set.of(SUBMITTED),
            APPROVED, Set.of(FINALIZED, RETURNED),
            FINALIZED, Set.of());

    public boolean canMoveTo(EvaluationStatus next) {
        return LEGAL.get(this).contains(next);
    }

    /** Inputs may change only while the evaluating side still holds the evaluation. */
    public boolean acceptsInputs() {
        return this == DRAFT || this == RETURNED;
    }
}
