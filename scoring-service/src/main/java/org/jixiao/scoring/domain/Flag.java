package org.jixiao.scoring.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A finding that does not stop scoring but that a reviewer must see.
 *
 * @param code     stable machine code, one of the constants below
 * @param nodeCode the indicator the flag is about; {@code null} when it concerns the whole evaluation or a reported table
 * @param message  user-facing explanation (Chinese)
 */
@Schema(name = "ScoreFlag", description = "A finding that does not stop scoring but that a reviewer must see")
public record Flag(@Schema(required = true, example = "SELF_SCORE_INFLATED") String code,
                   @Schema(description = "the indicator it is about; null for the whole evaluation or a reported table")
                   String nodeCode,
                   @Schema(required = true) String message) {

    /** 无法取得相关资料: the leaf scored 0. */
    public static final String DATA_UNAVAILABLE = "DATA_UNAVAILABLE";
    /** A manual score differs from what the method's formula gives. */
    public static final String MANUAL_DIFFERS_FROM_FORMULA = "MANUAL_DIFFERS_FROM_FORMULA";
    /** The unit's self-reported score is higher than the recomputed one. */
    public static final String SELF_SCORE_INFLATED = "SELF_SCORE_INFLATED";
    /** The unit's self-reported score is lower than the recomputed one. */
    public static final String SELF_SCORE_DIFFERS = "SELF_SCORE_DIFFERS";
    /** A leaf was dropped as 不适用 and the total re-scaled. */
    public static final String NOT_APPLICABLE_RESCALED = "NOT_APPLICABLE_RESCALED";
    /** A survey with no valid responses: the satisfaction rate is undefined, the leaf scored 0. */
    public static final String NO_VALID_RESPONSES = "NO_VALID_RESPONSES";
    /** Children's weights do not add up to their parent's weight. */
    public static final String WEIGHTS_DO_NOT_SUM = "WEIGHTS_DO_NOT_SUM";
    /** The top-level weights do not add up to 100. */
    public static final String TOP_LEVEL_NOT_100 = "TOP_LEVEL_NOT_100";
    /** A (reported or computed) score is above its weight, or negative. */
    public static final String SCORE_OUT_OF_RANGE = "SCORE_OUT_OF_RANGE";
    /** A node's score is not the sum of its children's scores. */
    public static final String NODE_NOT_SUM_OF_CHILDREN = "NODE_NOT_SUM_OF_CHILDREN";
    /** A reported table's stated total score is not the sum of its rows. */
    public static final String REPORTED_TOTAL_MISMATCH = "REPORTED_TOTAL_MISMATCH";
    /** A reported table's stated total weight is not the sum of its rows' weights. */
    public static final String REPORTED_WEIGHT_TOTAL_MISMATCH = "REPORTED_WEIGHT_TOTAL_MISMATCH";
    /** 基本支出 + 项目支出 ≠ the stated total expenditure. */
    public static final String EXPENDITURE_SPLIT_MISMATCH = "EXPENDITURE_SPLIT_MISMATCH";
}
