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
    public record RankingEntry(@Schema(example = "1", required = true) int rank,
            @Schema(required = true) UUID evaluationId,
            @Schema(example = "620201001", required = true) String unitCode,
            @Schema(example = "嘉峪关市雄关街道办事处", required = true) String unitName,
            @Schema(example = "620201", required = true) String regionCode,
            @Schema(required = true) EvaluationType type,
            @Schema(example = "1", required = true) int revision,
            @Schema(example = "92.30", required = true) BigDecimal total,
            @Schema(example = "优秀", required = true) String grade,
            @Schema(example = "JIAYUGUAN", required = true) String gradeScheme) {
    }

    @Schema(name = "GradeCount")
    public record GradeCount(@Schema(example = "NATIONAL", required = true) String gradeScheme,
            @Schema(example = "优", required = true) String grade,
            @Schema(example = "12", required = true) long count,
            @Schema(description = "count ÷ evaluations, percent with 2 decimals", example = "40.00", required = true)
            BigDecimal percent) {
    }

    @Schema(name = "GradeDistribution", description = "评价等级分布: every band of each scheme in use, highest first, "
            + "including empty bands")
    public record GradeDistribution(
            @Schema(description = "the regionCode asked for (empty: all)", example = "6202", required = true)
            String regionCode,
            @Schema(example = "2022", required = true) int fiscalYear,
            @Schema(description = "finalized evaluations counted", example = "30", required = true) long evaluations,
            @Schema(required = true) List<GradeCount> grades) {
    }

    @Schema(name = "IndicatorAchievement", description = "指标完成率 of one leaf indicator (by name) across units")
    public record IndicatorAchievement(@Schema(example = "预算执行率", required = true) String leafName,
            @Schema(description = "finalized evaluations in which the leaf was applicable", example = "30",
                    required = true) long units,
            @Schema(description = "of which scored full marks (target met)", example = "27", required = true)
            long achievedUnits,
            @Schema(description = "achievedUnits ÷ units, percent with 2 decimals", example = "90.00", required = true)
            BigDecimal achievementRate,
            @Schema(description = "Σ score ÷ Σ weight, percent with 2 decimals", example = "96.41", required = true)
            BigDecimal averageScoreRate) {
    }
}
