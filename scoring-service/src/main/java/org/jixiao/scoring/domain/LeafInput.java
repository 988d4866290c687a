package org.jixiao.scoring.domain;

import java.math.BigDecimal;

/**
 * What is known about one leaf for one evaluation. Which fields matter depends on the state and the leaf's method.
 *
 * @param leafCode          the leaf's code; may be null (the map key decides), must match the key when given
 * @param actual            实际完成值 in the rule's measure unit (a rank for RANK_WITHIN, a count for DEDUCTION,
 *                          a percent for SATISFACTION without survey, an amount or percent for EXECUTION_RATE)
 * @param grade             GRADE: the label given (优, 良 …)
 * @param achieved          BINARY: whether the target was met; RANK_WITHIN: whether the rank is within N when only
 *                          that is known (seed 004 未达前三)
 * @param manualScore       MANUAL state or method: the evaluator's score
 * @param reason            mandatory with a manual score; optional note otherwise
 * @param survey            SATISFACTION: the questionnaire counts (alternative to a percent in {@code actual})
 * @param selfReportedScore the unit's own score for this leaf (自评得分), compared with the recomputed one
 */
public record LeafInput(String leafCode, InputState state, BigDecimal actual, String grade, Boolean achieved,
                        BigDecimal manualScore, String reason, SurveyResult survey, BigDecimal selfReportedScore) {

    public static LeafInput value(String leafCode, BigDecimal actual) {
        return new LeafInput(leafCode, InputState.VALUE, actual, null, null, null, null, null, null);
    }

    public static LeafInput achieved(String leafCode, boolean achieved) {
        return new LeafInput(leafCode, InputState.VALUE, null, null, achieved, null, null, null, null);
    }

    public static LeafInput grade(String leafCode, String grade) {
        return new LeafInput(leafCode, InputState.VALUE, null, grade, null, null, null, null, null);
    }

    public static LeafInput survey(String leafCode, SurveyResult survey) {
        return new LeafInput(leafCode, InputState.VALUE, null, null, null, null, null, survey, null);
    }

    public static LeafInput manual(String leafCode, BigDecimal manualScore, String reason) {
        return new LeafInput(leafCode, InputState.MANUAL, null, null, null, manualScore, reason, null, null);
    }

    public static LeafInput dataUnavailable(String leafCode, String reason) {
        return new LeafInput(leafCode, InputState.DATA_UNAVAILABLE, null, null, null, null, reason, null, null);
    }

    public static LeafInput notApplicable(String leafCode, String reason) {
        return new LeafInput(leafCode, InputState.NOT_APPLICABLE, null, null, null, null, reason, null, null);
    }

    public LeafInput withActual(BigDecimal newActual) {
        return new LeafInput(leafCode, state, newActual, grade, achieved, manualScore, reason, survey, selfReportedScore);
    }

    public LeafInput withSelfReportedScore(BigDecimal score) {
        return new LeafInput(leafCode, state, actual, grade, achieved, manualScore, reason, survey, score);
    }
}
