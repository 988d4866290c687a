package org.jixiao.report.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the report reads from scoring-service and budget-service. Tolerant readers: fields those services add later
 * are ignored, so they can evolve without breaking report generation. Also the shape of the source snapshot a
 * report keeps, so that it can be re-rendered (e.g. after an evaluator adds a finding) without calling anyone.
 */
public final class RemoteViews {
    private RemoteViews() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Evaluation(UUID id, String unitCode, String unitName, String regionCode, int fiscalYear, String type,
            int revision, String status, String gradeScheme, List<Metric> metrics, boolean finalAccountsIncomplete,
            FrontMatter frontMatter, BigDecimal total, String grade, String evaluatorAgency) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Metric(String name, String formula, Map<String, BigDecimal> inputs, BigDecimal value,
            String undefinedReason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FrontMatter(String commissionedBy, String evaluatorOrg, String purpose, String scope,
            List<String> basis, List<String> methods, List<Phase> phases, String achievements,
            String resultApplication, String otherMatters, BigDecimal resultApplicationRate,
            Integer assetInventoryCount) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Phase(String name, LocalDate from, LocalDate to) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Score(UUID evaluationId, int revision, String status, boolean provisional, ScoreResult result) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ScoreResult(BigDecimal total, String grade, List<ScoredNode> nodes, List<Flag> flags,
            BigDecimal selfReportedTotal, BigDecimal selfTotalDifference) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ScoredNode(String code, String name, BigDecimal weight, BigDecimal score, BigDecimal scoreRate,
            String explanation, BigDecimal formulaScore, BigDecimal selfReportedScore, List<Flag> flags,
            List<ScoredNode> children, BigDecimal selfScoreDifference) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Flag(String code, String nodeCode, String message) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LeafInput(String leafCode, String leafName, String target, String measureUnit, String state,
            BigDecimal actual, String grade, Boolean achieved, BigDecimal manualScore, String reason,
            BigDecimal selfReportedScore) {
    }

    /** A page of an evaluation's leaf inputs, as scoring-service answers them (items, page, size, total). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LeafInputPage(List<LeafInput> items, int page, int size, long total) {
    }

    /** A unit-year's figures in 元. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Budget(String unitCode, int fiscalYear, int version, BigDecimal initialBudget,
            BigDecimal adjustedBudget, BigDecimal fundsReceived, BigDecimal actualExpenditure, BigDecimal carryOver,
            BigDecimal threePublicBudget, BigDecimal threePublicActual, BigDecimal finalAccountsExpenditure,
            BigDecimal allSourceExpenditure, Integer authorisedPosts, Integer staffInPost,
            BigDecimal basicExpenditure, BigDecimal projectExpenditure) {
    }

    /** 单位基本情况 of one fiscal year; optional (a unit may have none). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UnitProfile(String unitCode, int fiscalYear, List<String> internalDepartments,
            List<String> affiliatedInstitutions, Integer authorisedPosts, Integer staffInPost,
            List<String> responsibilities) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DeclarationSummary(UUID id, String status, OffsetDateTime updatedAt) {
    }

    /** An approved 绩效目标申报: the indicator tree as declared and indicator-service's quality warnings. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Declaration(UUID id, String unitCode, int fiscalYear, String name, String status,
            List<DeclarationNode> nodes, List<DeclarationIssue> warnings) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DeclarationNode(String code, String name, String category, String subCategory, String target,
            List<DeclarationNode> children) {
    }

    /** A warning such as MISSING_TIMELINESS, at the path of node codes it concerns ("" for the whole declaration). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DeclarationIssue(String path, String code, String message) {
    }

    /** The questionnaires entered for an evaluation (满意度问卷). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Surveys(List<Survey> surveys) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Survey(String respondentGroup, int issued, int valid, int satisfied) {
    }

    /** The evaluation's grade scheme (等级划分). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GradeScheme(String code, String name, List<GradeBand> bands) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GradeBand(String label, BigDecimal lowerInclusive, BigDecimal upperExclusive) {
    }

    /** Everything one report was rendered from, kept with the report; declaration, scheme and surveys are optional. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Sources(Evaluation evaluation, Score score, List<LeafInput> inputs, Budget budget,
            UnitProfile profile, Declaration declaration, GradeScheme gradeScheme, Surveys surveys) {
    }
}
