package org.jixiao.scoring.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One node of a scored tree.
 *
 * @param weight              the weight in force: the configured weight less any 不适用 leaves below (0 for a
 *                            不适用 leaf itself)
 * @param score               2 decimals; a leaf's score is rounded HALF_UP, a branch's is the sum of its children's
 * @param scoreRate           score ÷ weight as a percent, 2 decimals; null when the weight is 0
 * @param explanation         one line a person can check by hand
 * @param formulaScore        what the method's formula gives when the score was entered manually; else null
 * @param selfReportedScore   the unit's own score for this node, when known
 * @param selfScoreDifference selfReportedScore − score; null when no self score is known
 */
public record ScoredNode(String code, String name, BigDecimal weight, BigDecimal score, BigDecimal scoreRate,
                         String explanation, BigDecimal formulaScore, BigDecimal selfReportedScore, List<Flag> flags,
                         List<ScoredNode> children, BigDecimal selfScoreDifference) {
}
