package org.jixiao.report.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.report.client.RemoteViews;
import org.jixiao.report.domain.findings.FactNames;
import org.jixiao.report.domain.model.BudgetSummary;
import org.jixiao.report.domain.model.EvaluationType;
import org.jixiao.report.domain.model.FrontMatter;
import org.jixiao.report.domain.model.GradeBand;
import org.jixiao.report.domain.model.Narrative;
import org.jixiao.report.domain.model.Phase;
import org.jixiao.report.domain.model.ReportFacts;
import org.jixiao.report.domain.model.ReportKind;
import org.jixiao.report.domain.model.ReportModel;
import org.jixiao.report.domain.model.ScoreNode;
import org.jixiao.report.domain.model.SurveySample;

/**
 * Turns what scoring and budget answered into one {@link ReportModel} and the facts the findings rules read.
 * Every figure comes from those answers; nothing is typed in here.
 */
public final class ReportAssembler {
    /** A node overstated by more than one point is an inflated self-score (REPORTS.md §4, seed 002). */
    static final BigDecimal SELF_SCORE_TOLERANCE = BigDecimal.ONE;

    private ReportAssembler() {
    }

    /** FINANCE and DEPARTMENT evaluations get the 评价报告; a unit's own evaluation gets the 自评报告. */
    public static ReportKind defaultKind(String evaluationType) {
        return "SELF".equals(evaluationType) ? ReportKind.SELF_EVALUATION : ReportKind.FINANCE_EVALUATION;
    }

    public static ReportModel model(RemoteViews.Sources sources, ReportKind kind, OffsetDateTime generatedAt) {
        RemoteViews.Evaluation evaluation = sources.evaluation();
        RemoteViews.ScoreResult score = sources.score().result();
        Map<String, RemoteViews.LeafInput> inputs = new HashMap<>();
        if (sources.inputs() != null) {
            sources.inputs().forEach(i -> inputs.put(i.leafCode(), i));
        }
        return ReportModel.builder()
                .unit(evaluation.unitCode(), evaluation.unitName(), evaluation.regionCode())
                .fiscalYear(evaluation.fiscalYear())
                .evaluationType(evaluationType(evaluation.type()))
                .reportKind(kind)
                .frontMatter(frontMatter(evaluation.frontMatter(), sources.gradeScheme(), sources.surveys()))
                .narrative(narrative(evaluation.frontMatter(), sources.profile(), sources.declaration()))
                .budget(budget(sources.budget()))
                .scoreTree(tree(score.nodes(), topLevel(score.nodes()), inputs))
                .total(score.total() != null ? score.total() : evaluation.total())
                .grade(score.grade() != null ? score.grade() : evaluation.grade())
                .generatedAt(generatedAt)
                .build();
    }

    private static final String TOTAL_CODE = "TOTAL";
    private static final String GOAL_GROUP = "GOAL_GROUP";
    private static final String PROJECT = "PROJECT";
    private static final String MISSING_TIMELINESS = "MISSING_TIMELINESS";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * The facts of {@link ReportFacts#from} plus what only the remote data knows: the evaluation's metric
     * snapshot (the rates it was scored with), all-source spending against 决算, the declaration's projects without
     * 时效指标, what the evaluators found on site (评价结果应用率, 资产清查) and self-reported scores.
     */
    public static Map<String, Object> facts(ReportModel model, RemoteViews.Sources sources) {
        Map<String, Object> facts = new LinkedHashMap<>(ReportFacts.from(model));
        List<RemoteViews.Metric> metrics = sources.evaluation().metrics();
        if (metrics != null) {
            for (RemoteViews.Metric metric : metrics) {
                if (metric.name() != null && metric.value() != null) {
                    facts.put(metric.name(), metric.value());
                }
            }
        }
        RemoteViews.Budget budget = sources.budget();
        if (budget != null) {
            if (budget.allSourceExpenditure() != null) {
                facts.put(FactNames.ALL_SOURCE_EXPENDITURE, budget.allSourceExpenditure());
            }
            if (budget.finalAccountsExpenditure() != null) {
                facts.put(FactNames.ACTUAL_EXPENDITURE, budget.finalAccountsExpenditure());
            }
        }
        facts.putAll(declarationFacts(sources.declaration()));
        RemoteViews.FrontMatter front = sources.evaluation().frontMatter();
        if (front != null && front.resultApplicationRate() != null) {
            facts.put(FactNames.RESULT_APPLICATION_RATE, front.resultApplicationRate());
        }
        if (front != null && front.assetInventoryCount() != null) {
            facts.put(FactNames.ASSET_INVENTORY_COUNT, front.assetInventoryCount());
        }
        List<ScoreNode> selfReported = new ArrayList<>();
        List<ScoreNode> recomputed = new ArrayList<>();
        RemoteViews.ScoreResult result = sources.score().result();
        collectSelfScores(result.nodes(), topLevel(result.nodes()), selfReported, recomputed);
        if (result.selfReportedTotal() != null && result.total() != null) {
            selfReported.add(ScoreNode.leaf(TOTAL_CODE, "总分", 1, HUNDRED, result.selfReportedTotal(), null, null, null));
            recomputed.add(ScoreNode.leaf(TOTAL_CODE, "总分", 1, HUNDRED, result.total(), null, null, null));
        }
        if (!selfReported.isEmpty()) {
            facts.putAll(ReportFacts.selfScoreFacts(selfReported, recomputed, SELF_SCORE_TOLERANCE));
        }
        return facts;
    }

    static EvaluationType evaluationType(String type) {
        try {
            return EvaluationType.valueOf(type);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown evaluation type '" + type + "'");
        }
    }

    private static FrontMatter frontMatter(RemoteViews.FrontMatter front, RemoteViews.GradeScheme scheme,
            RemoteViews.Surveys surveys) {
        List<GradeBand> bands = scheme == null || scheme.bands() == null ? List.of() : scheme.bands().stream()
                .filter(b -> b.label() != null && b.lowerInclusive() != null)
                .map(b -> new GradeBand(b.label(), b.lowerInclusive(), b.upperExclusive())).toList();
        List<SurveySample> samples = surveys == null || surveys.surveys() == null ? List.of() : surveys.surveys().stream()
                .filter(s -> s.respondentGroup() != null && !s.respondentGroup().isBlank())
                .map(s -> new SurveySample(s.respondentGroup(), s.issued(), s.valid())).toList();
        if (front == null) {
            return new FrontMatter(null, null, null, null, List.of(), List.of(), List.of(), bands, samples);
        }
        List<Phase> phases = new ArrayList<>();
        if (front.phases() != null) {
            for (RemoteViews.Phase p : front.phases()) {
                if (p == null || p.name() == null || p.name().isBlank()) {
                    continue;
                }
                boolean ordered = p.from() == null || p.to() == null || !p.to().isBefore(p.from());
                // a phase typed with its dates swapped is still a phase; print its name rather than refuse the report
                phases.add(ordered ? new Phase(p.name(), p.from(), p.to()) : new Phase(p.name(), null, null));
            }
        }
        return new FrontMatter(front.commissionedBy(), front.evaluatorOrg(), front.purpose(), front.scope(),
                front.basis(), front.methods(), phases, bands, samples);
    }

    private static Narrative narrative(RemoteViews.FrontMatter front, RemoteViews.UnitProfile profile,
            RemoteViews.Declaration declaration) {
        if (front == null) {
            return new Narrative(profileText(profile), annualGoals(declaration), null, null, null);
        }
        return new Narrative(profileText(profile), annualGoals(declaration), front.achievements(),
                front.resultApplication(), front.otherMatters());
    }

    /** 年度绩效目标 as declared: the names of the declaration's 年度目标 groups, in their order (seeds 000, 004). */
    static List<String> annualGoals(RemoteViews.Declaration declaration) {
        if (declaration == null || declaration.nodes() == null) {
            return List.of();
        }
        List<String> goals = new ArrayList<>();
        for (RemoteViews.DeclarationNode node : declaration.nodes()) {
            if (GOAL_GROUP.equals(node.category()) && node.name() != null && !node.name().isBlank()) {
                goals.add(node.name().strip());
            }
        }
        return goals;
    }

    /**
     * What the approved declaration tells the findings rules: the 项目 whose indicators have no 时效指标, as
     * indicator-service's MISSING_TIMELINESS warnings name them by path (seed 001 lists ten). Warnings on 年度目标,
     * 活动 or the whole declaration stay indicator-service's quality hints: the finding speaks of projects. Without a
     * declaration the facts stay unknown, so the rule cannot fire on a guess.
     */
    static Map<String, Object> declarationFacts(RemoteViews.Declaration declaration) {
        if (declaration == null) {
            return Map.of();
        }
        List<String> missing = new ArrayList<>();
        for (RemoteViews.DeclarationIssue warning : declaration.warnings() == null
                ? List.<RemoteViews.DeclarationIssue>of() : declaration.warnings()) {
            RemoteViews.DeclarationNode node = nodeAt(declaration.nodes(), warning.path());
            if (MISSING_TIMELINESS.equals(warning.code()) && node != null && PROJECT.equals(node.category())) {
                missing.add(node.name());
            }
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put(FactNames.MISSING_TIMELINESS_PROJECTS, missing);
        facts.put(FactNames.MISSING_TIMELINESS_COUNT, missing.size());
        return facts;
    }

    /** indicator-service names a node without a code "#i", its index among its siblings. */
    private static RemoteViews.DeclarationNode byIndex(List<RemoteViews.DeclarationNode> level, String segment) {
        if (!segment.matches("#\\d{1,4}")) {
            return null;
        }
        int index = Integer.parseInt(segment.substring(1));
        return index < level.size() ? level.get(index) : null;
    }

    /** The node at a path of codes (or "#i") joined by '/', or null when the path is empty or unknown. */
    static RemoteViews.DeclarationNode nodeAt(List<RemoteViews.DeclarationNode> roots, String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        List<RemoteViews.DeclarationNode> level = roots == null ? List.of() : roots;
        RemoteViews.DeclarationNode found = null;
        for (String segment : path.split("/")) {
            found = byIndex(level, segment);
            if (found == null) {
                found = level.stream().filter(n -> segment.equals(n.code())).findFirst().orElse(null);
            }
            if (found == null) {
                return null;
            }
            level = found.children() == null ? List.of() : found.children();
        }
        return found;
    }

    /** 部门概况 in the seeds' words: 内设机构, 事业单位, 编制 and 在编在岗人数, 主要职能. */
    static String profileText(RemoteViews.UnitProfile profile) {
        if (profile == null) {
            return null;
        }
        List<String> sentences = new ArrayList<>();
        if (profile.internalDepartments() != null && !profile.internalDepartments().isEmpty()) {
            sentences.add("内设机构" + profile.internalDepartments().size() + "个：" + String.join("、",
                    profile.internalDepartments()) + "。");
        }
        if (profile.affiliatedInstitutions() != null && !profile.affiliatedInstitutions().isEmpty()) {
            sentences.add("下属事业单位" + profile.affiliatedInstitutions().size() + "个：" + String.join("、",
                    profile.affiliatedInstitutions()) + "。");
        }
        if (profile.authorisedPosts() != null || profile.staffInPost() != null) {
            StringBuilder staff = new StringBuilder();
            if (profile.authorisedPosts() != null) {
                staff.append("编制数").append(profile.authorisedPosts()).append("人");
            }
            if (profile.staffInPost() != null) {
                staff.append(staff.isEmpty() ? "" : "，").append("在编在岗人数").append(profile.staffInPost()).append("人");
            }
            sentences.add(staff + "。");
        }
        if (profile.responsibilities() != null && !profile.responsibilities().isEmpty()) {
            sentences.add("主要职能：" + String.join("；", profile.responsibilities()) + "。");
        }
        return sentences.isEmpty() ? null : String.join("", sentences);
    }

    private static BudgetSummary budget(RemoteViews.Budget budget) {
        if (budget == null || budget.initialBudget() == null || budget.actualExpenditure() == null) {
            return null;
        }
        return new BudgetSummary(budget.initialBudget(), budget.adjustedBudget(), budget.actualExpenditure(), null,
                budget.fundsReceived(), budget.carryOver(), budget.basicExpenditure(), budget.projectExpenditure());
    }

    /**
     * The level of the tree's top nodes: 1 (一级指标) for the usual three levels; 0 when the framework groups its
     * 一级指标 under 年度目标 or 活动 (seeds 003 and 004), which makes the tree one level deeper.
     */
    static int topLevel(List<RemoteViews.ScoredNode> nodes) {
        return depth(nodes) > ScoreNode.DEEPEST_LEVEL ? ScoreNode.GOAL_GROUP_LEVEL : 1;
    }

    private static int depth(List<RemoteViews.ScoredNode> nodes) {
        int deepest = 0;
        for (RemoteViews.ScoredNode node : nodes == null ? List.<RemoteViews.ScoredNode>of() : nodes) {
            deepest = Math.max(deepest, 1 + depth(node.children()));
        }
        return deepest;
    }

    private static List<ScoreNode> tree(List<RemoteViews.ScoredNode> nodes, int level,
            Map<String, RemoteViews.LeafInput> inputs) {
        if (nodes == null) {
            return List.of();
        }
        if (level > ScoreNode.DEEPEST_LEVEL && !nodes.isEmpty()) {
            throw new IllegalArgumentException("the score tree is deeper than " + ScoreNode.DEEPEST_LEVEL + " levels");
        }
        List<ScoreNode> result = new ArrayList<>();
        for (RemoteViews.ScoredNode node : nodes) {
            BigDecimal weight = node.weight() == null ? BigDecimal.ZERO : node.weight();
            BigDecimal score = node.score() == null ? BigDecimal.ZERO : node.score();
            List<ScoreNode> children = tree(node.children(), level + 1, inputs);
            RemoteViews.LeafInput input = children.isEmpty() ? inputs.get(node.code()) : null;
            result.add(new ScoreNode(node.code(), node.name(), level, weight, score, node.scoreRate(),
                    input == null ? null : input.target(), input == null ? null : actual(input),
                    node.explanation(), children));
        }
        return result;
    }

    /** 实际完成值 as the report prints it: the number with its unit, the grade, or whether it was achieved. */
    static String actual(RemoteViews.LeafInput input) {
        if (input.state() == null || "DATA_UNAVAILABLE".equals(input.state())) {
            return null;
        }
        if ("NOT_APPLICABLE".equals(input.state())) {
            return "不适用";
        }
        if (input.actual() != null) {
            String unit = input.measureUnit() == null ? "" : input.measureUnit().strip();
            return input.actual().stripTrailingZeros().toPlainString() + unit;
        }
        if (input.grade() != null && !input.grade().isBlank()) {
            return input.grade();
        }
        if (input.achieved() != null) {
            return input.achieved() ? "已完成" : "未完成";
        }
        return null;
    }

    private static void collectSelfScores(List<RemoteViews.ScoredNode> nodes, int level, List<ScoreNode> selfReported,
            List<ScoreNode> recomputed) {
        if (nodes == null || level > ScoreNode.DEEPEST_LEVEL) {
            return;
        }
        for (RemoteViews.ScoredNode node : nodes) {
            if (node.selfReportedScore() != null && node.score() != null && node.weight() != null) {
                selfReported.add(ScoreNode.leaf(node.code(), node.name(), level, node.weight(),
                        node.selfReportedScore(), null, null, null));
                recomputed.add(ScoreNode.leaf(node.code(), node.name(), level, node.weight(), node.score(), null,
                        null, null));
            }
            collectSelfScores(node.children(), level + 1, selfReported, recomputed);
        }
    }
}
