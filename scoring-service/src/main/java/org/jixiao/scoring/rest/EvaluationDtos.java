package org.jixiao.scoring.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.scoring.client.Snapshots;
import org.jixiao.scoring.domain.EvaluationStatus;
import org.jixiao.scoring.domain.EvaluationType;
import org.jixiao.scoring.domain.InputState;
import org.jixiao.scoring.domain.ScoreResult;

public final class EvaluationDtos {
    private EvaluationDtos() {
    }

    @Schema(name = "OpenEvaluationRequest", description = "Opens an evaluation of one unit for one fiscal year: the "
            + "framework and the budget metrics are snapshotted now and never follow later changes")
    public record OpenRequest(
            @NotBlank @Size(max = 32) @Schema(example = "620201001", required = true) String unitCode,
            @Min(2000) @Max(2100) @Schema(example = "2022", required = true) int fiscalYear,
            @NotNull @Schema(example = "FINANCE", required = true) EvaluationType type,
            @NotNull @Schema(description = "a published framework version", required = true) UUID frameworkId,
            @Size(max = 64) @Schema(description = "评价等级方案; NATIONAL when absent", example = "JIAYUGUAN") String gradeScheme,
            @Valid FrontMatter frontMatter,
            @Pattern(regexp = "[A-Za-z0-9_.-]{1,64}", message = "an agency code: letters, digits, '.', '_' or '-'")
            @Schema(description = "code of the evaluation agency (第三方评价机构) assigned to score it: evaluators whose "
                    + "token carries this code as its unit claim read and score the evaluation", example = "GS-JYT")
            String evaluatorAgency) {
    }

    @Schema(name = "FrontMatter", description = "What the report quotes: 委托单位, 评价机构, 目的, 范围, 依据, 方法, 工作过程, "
            + "主要成效, and what the evaluators found on site (评价结果应用率, 资产清查)")
    public record FrontMatter(
            @Size(max = 200) @Schema(example = "嘉峪关市财政局") String commissionedBy,
            @Size(max = 200) @Schema(example = "甘肃金益通会计师事务所") String evaluatorOrg,
            @Size(max = 4000) String purpose,
            @Size(max = 4000) String scope,
            @Size(max = 50) List<@Size(max = 500) String> basis,
            @Size(max = 20) List<@Size(max = 100) String> methods,
            @Size(max = 20) List<@Valid Phase> phases,
            @Size(max = 20000) String achievements,
            @Size(max = 20000) @Schema(description = "结果应用和公开: how last year's results were used and published")
            String resultApplication,
            @Size(max = 20000) @Schema(description = "其他需要说明的事项") String otherMatters,
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            @Schema(description = "评价结果应用率, percent: share of the previous evaluations' findings that were "
                    + "rectified (seed 001: 0)", example = "0")
            BigDecimal resultApplicationRate,
            @PositiveOrZero @Max(366)
            @Schema(description = "固定资产清查盘点 carried out in the fiscal year (0: none, a finding under 财资〔2020〕97号)",
                    example = "1")
            Integer assetInventoryCount) {
    }

    @Schema(name = "EvaluationPhase", description = "One phase of the evaluation's 工作过程")
    public record Phase(@NotBlank @Size(max = 200) @Schema(example = "前期准备", required = true) String name,
            LocalDate from, LocalDate to) {
    }

    @Schema(name = "Evaluation")
    public record EvaluationResponse(@Schema(required = true) UUID id,
            @Schema(example = "620201001", required = true) String unitCode,
            @Schema(example = "嘉峪关市钢城街道办事处", required = true) String unitName,
            @Schema(description = "行政区划代码 (GB/T 2260) of the unit", example = "620201", required = true) String regionCode,
            @Schema(example = "2022", required = true) int fiscalYear,
            @Schema(required = true) EvaluationType type,
            @Schema(description = "1, then + 1 for each reopening", example = "1", required = true) int revision,
            @Schema(required = true) EvaluationStatus status,
            @Schema(description = "评价等级方案", example = "NATIONAL", required = true) String gradeScheme,
            @Schema(required = true) UUID frameworkId,
            @Schema(required = true) String frameworkCode,
            @Schema(example = "1", required = true) int frameworkVersion,
            @Schema(description = "version of the unit-year's budget the metrics were read from", example = "1",
                    required = true) int budgetVersion,
            @Schema(description = "the budget changed after the snapshot was taken", required = true) boolean snapshotStale,
            @Schema(description = "the budget metrics as snapshotted when opened (or refreshed)", required = true)
            List<SnapshotMetric> metrics,
            @Schema(description = "全部资金来源支出 exceeds the 决算 figure: the final accounts are incomplete",
                    required = true) boolean finalAccountsIncomplete,
            FrontMatter frontMatter,
            @Schema(description = "why it was last returned (退回); null when never returned") String returnReason,
            @Schema(description = "得分: the final score once FINALIZED; before that the provisional score as of the "
                    + "last change or re-score job (null while leaves still lack inputs)", example = "90.66")
            BigDecimal total,
            @Schema(description = "评价等级 of total under gradeScheme", example = "优") String grade,
            @Schema(description = "null until FINALIZED") OffsetDateTime finalizedAt,
            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true) OffsetDateTime updatedAt,
            @Schema(description = "the FINALIZED revision this one was reopened from; null for revision 1")
            UUID reopenedFrom,
            @Schema(description = "code of the assigned evaluation agency", example = "GS-JYT") String evaluatorAgency) {
    }

    @Schema(name = "SnapshotMetric", description = "A budget metric (budget-service) as snapshotted into the "
            + "evaluation; value is null where the ratio is undefined, and undefinedReason then says why")
    public record SnapshotMetric(@Schema(example = "executionRate", required = true) String name,
            @Schema(description = "the formula in GLOSSARY identifiers", example = "actualExpenditure ÷ adjustedBudget × 100%") String formula,
            @Schema(description = "the figures used (元, or counts for staff), in formula order") Map<String, BigDecimal> inputs,
            @Schema(description = "percent, 2 decimals; null when the ratio is undefined", example = "95.12") BigDecimal value,
            @Schema(description = "why there is no value; null when there is one") String undefinedReason) {

        public static SnapshotMetric of(Snapshots.Metric m) {
            return new SnapshotMetric(m.name(), m.formula(), m.inputs(), m.value(), m.undefinedReason());
        }
    }

    @Schema(name = "EvaluationSummary", description = "One evaluation revision in a list")
    public record EvaluationSummary(@Schema(required = true) UUID id,
            @Schema(example = "620201001", required = true) String unitCode,
            @Schema(required = true) String unitName,
            @Schema(example = "620201", required = true) String regionCode,
            @Schema(example = "2022", required = true) int fiscalYear,
            @Schema(required = true) EvaluationType type,
            @Schema(example = "1", required = true) int revision,
            @Schema(required = true) EvaluationStatus status,
            @Schema(description = "the final score once FINALIZED, else the latest provisional one; null while leaves "
                    + "still lack inputs", example = "92.30") BigDecimal total,
            @Schema(description = "评价等级 of total; null without a total", example = "优") String grade) {
    }

    @Schema(name = "LeafInput", description = "实际完成值 etc. for one 三级 leaf")
    public record InputRequest(
            @NotBlank @Size(max = 64) @Schema(example = "3.1.2", required = true) String leafCode,
            @NotNull @Schema(example = "VALUE", required = true) InputState state,
            @Schema(description = "实际完成值 as a number in the leaf's measure unit", example = "210") BigDecimal actual,
            @Size(max = 16) @Schema(example = "良") String grade,
            Boolean achieved,
            @Schema(description = "MANUAL: the evaluator's score; reason is mandatory", example = "1.00") BigDecimal manualScore,
            @Size(max = 4000) String reason,
            @Valid Survey survey,
            @Schema(description = "自评得分 reported by the unit, compared with the recomputed score") BigDecimal selfReportedScore) {
    }

    @Schema(name = "Survey", description = "满意度问卷 of one respondent group")
    public record Survey(@NotBlank @Size(max = 64) @Schema(example = "residents", required = true) String respondentGroup,
            @PositiveOrZero int issued, @PositiveOrZero int valid, @PositiveOrZero int satisfied) {
    }

    @Schema(name = "StoredLeafInput", description = "What was entered for a leaf, with the leaf's target as written")
    public record StoredInput(@Schema(example = "3.1.2", required = true) String leafCode,
            @Schema(example = "预算执行率", required = true) String leafName, String target, String measureUnit,
            @Schema(description = "null: nothing entered for the leaf yet") InputState state,
            BigDecimal actual, String grade, Boolean achieved, BigDecimal manualScore, String reason, Survey survey,
            BigDecimal selfReportedScore, OffsetDateTime updatedAt) {
    }

    @Schema(name = "LeafInputs")
    public record InputsRequest(@NotEmpty @Size(max = 2000) List<@NotNull @Valid InputRequest> inputs) {
    }

    @Schema(name = "EvaluationReturnRequest", description = "Why the evaluation goes back for rework (退回)")
    public record ReturnRequest(@NotBlank @Size(max = 4000) @Schema(example = "满意度问卷样本不足", required = true) String reason) {
    }

    @Schema(name = "EvaluationScore", description = "The whole score tree: weights, scores, rates, explanations, flags, grade")
    public record ScoreResponse(@Schema(required = true) UUID evaluationId,
            @Schema(example = "1", required = true) int revision,
            @Schema(required = true) EvaluationStatus status,
            @Schema(description = "false once finalized: then this is the locked final score", required = true)
            boolean provisional,
            @Schema(description = "null (after PUT inputs) while leaves still lack inputs") ScoreResult result,
            @Schema(description = "自评 vs 复核: every node (and the total, code null) with a self-reported score, in "
                    + "tree order; empty when the unit reported nothing", required = true)
            List<SelfComparisonRow> selfComparison) {
    }

    @Schema(name = "SelfComparisonRow", description = "The unit's own score for a node against the recomputed one")
    public record SelfComparisonRow(@Schema(description = "node code; null for the overall total", example = "1") String code,
            @Schema(example = "投入管理", required = true) String name,
            @Schema(example = "20", required = true) BigDecimal weight,
            @Schema(description = "recomputed score", example = "17.00", required = true) BigDecimal score,
            @Schema(description = "自评得分", example = "20", required = true) BigDecimal selfReportedScore,
            @Schema(description = "selfReportedScore − score", example = "3.00") BigDecimal difference,
            @Schema(description = "SELF_SCORE_INFLATED (self higher), SELF_SCORE_DIFFERS (self lower), null when equal",
                    example = "SELF_SCORE_INFLATED") String flag) {
    }

    @Schema(name = "ReportedScores", description = "单位自评表: the unit's own category (or any node's) scores and total, "
            + "compared with the recomputed ones in GET /score. Leaf self scores may also come with the leaf inputs.",
            example = "{\"byNodeCode\":{\"1\":20,\"2\":9,\"3\":20},\"total\":90.66}")
    public record ReportedScoresRequest(
            @Size(max = 2000) @Schema(description = "node code → 自评得分 (2 decimals, within [0, weight])")
            Map<@NotBlank @Size(max = 64) String, BigDecimal> byNodeCode,
            @Schema(description = "自评总分 (2 decimals, within [0, 100])", example = "90.66") BigDecimal total) {
    }

    @Schema(name = "StoredReportedScores", description = "The unit's self-reported scores as stored")
    public record ReportedScoresResponse(@Schema(required = true) UUID evaluationId,
            @Schema(description = "node code → 自评得分; empty when nothing was reported", required = true)
            Map<String, BigDecimal> byNodeCode,
            @Schema(description = "自评总分; null when not reported", example = "90.66") BigDecimal total) {
    }

    @Schema(name = "Surveys", description = "满意度问卷 per respondent group; replaces what was stored",
            example = "{\"surveys\":[{\"respondentGroup\":\"staff\",\"issued\":44,\"valid\":44,\"satisfied\":41},"
                    + "{\"respondentGroup\":\"residents\",\"issued\":40,\"valid\":38,\"satisfied\":35}]}")
    public record SurveysRequest(@NotNull @Size(max = 50) List<@NotNull @Valid Survey> surveys) {
    }

    @Schema(name = "SurveyBoundLeaf", description = "A leaf bound to survey:<respondentGroup>")
    public record SurveyBoundLeaf(@Schema(example = "3.2.1", required = true) String leafCode,
            @Schema(example = "服务对象满意度", required = true) String leafName,
            @Schema(example = "residents", required = true) String respondentGroup,
            @Schema(description = "the group's survey is stored and no input was entered for the leaf by hand",
                    required = true)
            boolean filledFromSurvey) {
    }

    @Schema(name = "StoredSurveys", description = "The stored surveys and the leaves bound to them")
    public record SurveysResponse(@Schema(required = true) UUID evaluationId,
            @Schema(required = true) List<Survey> surveys,
            @Schema(description = "in framework order", required = true) List<SurveyBoundLeaf> boundLeaves) {
    }
}
