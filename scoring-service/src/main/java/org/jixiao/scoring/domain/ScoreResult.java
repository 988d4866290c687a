package org.jixiao.scoring.domain;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The outcome of scoring one evaluation.
 *
 * @param total               final score, 2 decimals, in [0, 100]; re-scaled when leaves were 不适用
 * @param grade               the grade scheme's label for {@code total}
 * @param rescaled            whether 不适用 leaves were dropped and the total re-scaled
 * @param nodes               the scored top-level nodes with their subtrees
 * @param flags               every flag of every node, in tree order, then evaluation-level flags
 * @param rawTotal            sum of the top-level scores before re-scaling
 * @param applicableWeight    sum of the weights still in force (100 unless leaves were 不适用)
 * @param rescaleFactor       100 ÷ applicableWeight, 6 decimals (1 when not re-scaled); the total is computed as
 *                            rawTotal × 100 ÷ applicableWeight in one step so that full marks give exactly 100
 * @param explanation         how the total was obtained
 * @param gradeSchemeCode     code of the grade scheme used
 * @param selfReportedTotal   the unit's own total, when reported or derivable from its leaf self scores
 * @param selfTotalDifference selfReportedTotal − total; null when no self total is known
 */
@Schema(name = "ScoreResult", description = "The outcome of scoring one evaluation: total, grade and the scored tree")
public record ScoreResult(@Schema(required = true, example = "92.30") BigDecimal total,
                          @Schema(required = true, example = "优") String grade,
                          @Schema(required = true) boolean rescaled,
                          @Schema(required = true) List<ScoredNode> nodes,
                          @Schema(required = true) List<Flag> flags,
                          @Schema(required = true) BigDecimal rawTotal,
                          @Schema(required = true) BigDecimal applicableWeight,
                          @Schema(required = true) BigDecimal rescaleFactor,
                          @Schema(required = true) String explanation,
                          @Schema(required = true, example = "NATIONAL") String gradeSchemeCode,
                          BigDecimal selfReportedTotal,
                          BigDecimal selfTotalDifference) {
}
