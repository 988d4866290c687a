package org.jixiao.scoring.domain;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
@Schema(name = "ScoredNode", description = "One node of a scored indicator tree")
public record ScoredNode(@Schema(required = true, example = "1.1") String code,
                         @Schema(required = true, example = "预算编制") String name,
                         @Schema(required = true, example = "10") BigDecimal weight,
                         @Schema(required = true, example = "9.50") BigDecimal score,
                         BigDecimal scoreRate,
                         @Schema(required = true) String explanation,
                         BigDecimal formulaScore,
                         BigDecimal selfReportedScore,
                         @Schema(required = true) List<Flag> flags,
                         @Schema(required = true, description = "empty for a leaf") List<ScoredNode> children,
                         BigDecimal selfScoreDifference) {
}
