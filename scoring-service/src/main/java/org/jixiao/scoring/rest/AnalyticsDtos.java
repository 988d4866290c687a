package org.jixiao.scoring.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.scoring.domain.EvaluationType;

/**
 * Dashboard figures. Each counts, per unit, evaluation type and fiscal year, only the latest FINALIZED revision: a
 * reopened evaluation counts with its old result until the new revision is finalized.
 */
public final class AnalyticsDtos {
    private AnalyticsDtos() {
    }

    @Schema(name = "RankingEntry", description = "One finalized evaluation in the ranking by total (ties share a rank)")
    public record RankingEntry(@Schema(example = "1") int rank, UUID evaluationId,
            @Schema(example = "620201001") String unitCode, @Schema(example = "嘉峪关市雄关街道办事处") String unitName,
            @Schema(example = "620201001") String regionCode, EvaluationType type, int revision,
            @Schema(example = "92.30") BigDecimal total, @Schema(example = "优秀") String grade,
            @Schema(example = "JIAYUGUAN") String gradeScheme) {
    }

    @Schema(name = "GradeCount")
    public record GradeCount(@Schema(example = "NATIONAL") String gradeScheme, @Schema(example = "优") String grade,
            @Schema(example = "12") long count,
            @Schema(description = "count ÷ evaluations, percent with 2 decimals", example = "40.00") BigDecimal percent) {
    }

    @Schema(name = "GradeDistribution", description = "评价等级分布: every band of each scheme in use, highest first, "
            + "including empty bands")
    public record GradeDistribution(@Schema(example = "6202") String regionCode, @Schema(example = "2022") int fiscalYear,
            @Schema(description = "finalized evaluations counted", example = "30") long evaluations,
            List<GradeCount> grades) {
    }

    @Schema(name = "IndicatorAchievement", description = "指标完成率 of one leaf indicator (by name) across units")
    public record IndicatorAchievement(@Schema(example = "预算执行率") String leafName,
            @Schema(description = "finalized evaluations in which the leaf was applicable", example = "30") long units,
            @Schema(description = "of which scored full marks (target met)", example = "27") long achievedUnits,
            @Schema(description = "achievedUnits ÷ units, percent with 2 decimals", example = "90.00")
            BigDecimal achievementRate,
            @Schema(description = "Σ score ÷ Σ weight, percent with 2 decimals", example = "96.41")
            BigDecimal averageScoreRate) {
    }
}
