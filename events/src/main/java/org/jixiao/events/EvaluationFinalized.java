package org.jixiao.events;

import java.math.BigDecimal;
import java.util.UUID;

/** Data of {@link EventTypes#EVALUATION_FINALIZED}: an evaluation revision was locked with its final score. */
public record EvaluationFinalized(
        UUID evaluationId,
        int revision,
        String unitCode,
        int fiscalYear,
        String evaluationType,
        BigDecimal total,
        String grade) {
}
