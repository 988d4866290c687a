package org.jixiao.scoring.domain;

import java.math.BigDecimal;
import java.util.List;

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
public record ScoreResult(BigDecimal total, String grade, boolean rescaled, List<ScoredNode> nodes, List<Flag> flags,
                          BigDecimal rawTotal, BigDecimal applicableWeight, BigDecimal rescaleFactor,
                          String explanation, String gradeSchemeCode, BigDecimal selfReportedTotal,
                          BigDecimal selfTotalDifference) {
}
