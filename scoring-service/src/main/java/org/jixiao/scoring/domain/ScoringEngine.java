package org.jixiao.scoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores an evaluation: every leaf by its method (see {@link LeafScorer}), every branch as the sum of its children's
 * rounded scores, the total as the sum of the top level, re-scaled to 100 when leaves are 不适用 (SCORING.md §2), then
 * graded by a {@link GradeScheme}. Self-reported scores are compared node by node.
 *
 * <p>Stateless and thread-safe. Invalid trees, inputs or schemes are refused as a whole with a
 * {@link ScoringInputException} listing every problem; a returned result always has each score in [0, weight].
 */
public final class ScoringEngine {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int SCALE = 2;
    private static final int FACTOR_SCALE = 6;
    /** Past this many children a branch's explanation summarises instead of listing every addend. */
    private static final int ADDENDS_LISTED = 30;

    private ScoringEngine() {
    }

    public static ScoreResult score(List<IndicatorNode> topLevel, Map<String, LeafInput> inputsByLeafCode,
                                    GradeScheme scheme) {
        return score(topLevel, inputsByLeafCode, scheme, ReportedScores.NONE);
    }

    /**
     * @param reported the unit's own branch totals and overall total (自评), compared with the recomputed ones; leaf self
     *                 scores come with the inputs
     */
    public static ScoreResult score(List<IndicatorNode> topLevel, Map<String, LeafInput> inputsByLeafCode,
                                    GradeScheme scheme, ReportedScores reported) {
        Run run = new Run(inputsByLeafCode == null ? Map.of() : inputsByLeafCode,
                reported == null ? ReportedScores.NONE : reported);
        LeafScorer.Work work = run.work;
        if (scheme == null) {
            work.error("gradeScheme", "REQUIRED", "须指定评价等级方案");
        } else {
            work.errors.addAll(scheme.validate("gradeScheme."));
        }
        if (inputsByLeafCode == null) {
            work.error("inputs", "REQUIRED", "须提供各末级指标的完成情况");
        }
        if (topLevel == null || topLevel.isEmpty()) {
            work.error("indicators", "REQUIRED", "指标体系不能为空");
            throw new ScoringInputException(work.errors);
        }

        List<ScoredNode> nodes = new ArrayList<>(topLevel.size());
        BigDecimal configuredWeight = BigDecimal.ZERO;
        boolean weightsKnown = true;
        for (int i = 0; i < topLevel.size(); i++) {
            IndicatorNode n = topLevel.get(i);
            if (n != null && n.weight() != null) {
                configuredWeight = configuredWeight.add(n.weight());
            } else {
                weightsKnown = false;
            }
            nodes.add(run.node(n, null, i));
        }
        if (weightsKnown && configuredWeight.compareTo(HUNDRED) != 0) {
            work.error("indicators", Flag.TOP_LEVEL_NOT_100,
                    "一级指标分值合计须为 100，实为 " + configuredWeight.toPlainString());
        }
        run.checkLeftovers();
        if (run.reported.total() != null && run.reported.total().signum() < 0) {
            work.error("reported.total", "NEGATIVE_VALUE", "自评总分不能为负：" + run.reported.total().toPlainString());
        }
        if (!work.errors.isEmpty()) {
            throw new ScoringInputException(work.errors);
        }

        BigDecimal rawTotal = BigDecimal.ZERO.setScale(SCALE);
        BigDecimal applicable = BigDecimal.ZERO;
        for (ScoredNode n : nodes) {
            rawTotal = rawTotal.add(n.score());
            applicable = applicable.add(n.weight());
        }
        if (applicable.signum() == 0) {
            work.error("inputs", "ALL_NOT_APPLICABLE", "所有指标均不适用，无法评分");
            throw new ScoringInputException(work.errors);
        }
        StringBuilder sb = new StringBuilder(128);
        appendSum(sb, nodes, rawTotal);
        boolean rescaled = applicable.compareTo(HUNDRED) != 0;
        BigDecimal total = rawTotal;
        BigDecimal factor = BigDecimal.ONE;
        List<Flag> flags = run.flags;
        if (rescaled) {
            // One division from the raw sum, not raw × rounded factor, so that full marks give exactly 100.00.
            total = rawTotal.multiply(HUNDRED).divide(applicable, SCALE, RoundingMode.HALF_UP);
            factor = HUNDRED.divide(applicable, FACTOR_SCALE, RoundingMode.HALF_UP);
            String excluded = HUNDRED.subtract(applicable).setScale(SCALE, RoundingMode.HALF_UP).toPlainString();
            String applicableText = applicable.setScale(SCALE, RoundingMode.HALF_UP).toPlainString();
            sb.append("；剔除不适用指标 ").append(excluded).append(" 分后适用分值 ").append(applicableText)
                    .append("，折算 ").append(rawTotal.toPlainString()).append(" × 100 / ").append(applicableText)
                    .append(" = ").append(total.toPlainString());
            flags.add(new Flag(Flag.NOT_APPLICABLE_RESCALED, null, "不适用指标共 " + excluded + " 分已剔除，总分按 100 / "
                    + applicableText + "（系数 " + factor.toPlainString() + "）折算为 " + total.toPlainString()));
        }
        String grade = scheme.gradeFor(total);
        sb.append(" → ").append(scheme.name() == null ? scheme.code() : scheme.name()).append(' ').append(grade);

        BigDecimal selfTotal = run.reported.total();
        if (selfTotal == null) {
            selfTotal = sumOfSelfScores(nodes);
        }
        BigDecimal selfDifference = null;
        if (selfTotal != null) {
            work.leafFlags = null;
            selfDifference = LeafScorer.compareSelf(null, "总分", selfTotal, total, work);
            flags.addAll(work.takeFlags());
        }
        return new ScoreResult(total, grade, rescaled, Collections.unmodifiableList(nodes),
                Collections.unmodifiableList(flags), rawTotal, applicable, factor, sb.toString(), scheme.code(),
                selfTotal, selfDifference);
    }

    /** Sum of the children's self scores when every child still in force has one; else null. */
    private static BigDecimal sumOfSelfScores(List<ScoredNode> children) {
        BigDecimal sum = null;
        for (ScoredNode c : children) {
            if (c.weight().signum() == 0 && c.score().signum() == 0 && c.selfReportedScore() == null) {
                continue;
            }
            if (c.selfReportedScore() == null) {
                return null;
            }
            sum = sum == null ? c.selfReportedScore() : sum.add(c.selfReportedScore());
        }
        return sum;
    }

    private static void appendSum(StringBuilder sb, List<ScoredNode> children, BigDecimal sum) {
        int n = children.size();
        if (n > ADDENDS_LISTED) {
            sb.append(n).append(" 项之和 = ").append(sum.toPlainString());
            return;
        }
        boolean first = true;
        int dropped = 0;
        for (ScoredNode c : children) {
            if (c.weight().signum() == 0 && c.children().isEmpty() && !c.flags().isEmpty()
                    && Flag.NOT_APPLICABLE_RESCALED.equals(c.flags().get(0).code())) {
                dropped++;
                continue;
            }
            if (!first) {
                sb.append(" + ");
            }
            sb.append(c.score().toPlainString());
            first = false;
        }
        if (first) {
            sb.append("0.00");
        }
        sb.append(" = ").append(sum.toPlainString());
        if (dropped > 0) {
            sb.append("（").append(dropped).append(" 项不适用已剔除）");
        }
    }

    /** State of one scoring run. */
    private static final class Run {
        final Map<String, LeafInput> inputs;
        final ReportedScores reported;
        final LeafScorer.Work work = new LeafScorer.Work();
        final List<Flag> flags = new ArrayList<>();
        /** code → whether it is a leaf; catches duplicate codes and unknown input keys. */
        final Map<String, Boolean> codes = new HashMap<>(256);
        int inputsUsed;

        Run(Map<String, LeafInput> inputs, ReportedScores reported) {
            this.inputs = inputs;
            this.reported = reported;
        }

        ScoredNode node(IndicatorNode n, String parentField, int index) {
            if (n == null) {
                work.error(parentField == null ? "indicators[" + index + "]" : parentField + ".children[" + index + "]",
                        "REQUIRED", "指标不能为空");
                return null;
            }
            String field = null;
            String code = n.code();
            if (code == null || code.isBlank() || n.weight() == null || n.weight().signum() < 0
                    || n.weight().scale() > SCALE) {
                field = LeafScorer.nodeField(code, parentField, index);
                if (!LeafScorer.checkNodeShape(n, field, work)) {
                    return null;
                }
            }
            boolean leaf = !n.hasChildren();
            if (codes.put(code, leaf) != null) {
                work.error(LeafScorer.nodeField(code, parentField, index) + ".code", "DUPLICATE_CODE",
                        "指标代码重复：" + code);
                return null;
            }
            return leaf ? leaf(n) : branch(n, field == null ? LeafScorer.nodeField(code, parentField, index) : field);
        }

        private ScoredNode leaf(IndicatorNode n) {
            if (!LeafScorer.checkRule(n, work)) {
                return null;
            }
            LeafInput in = inputs.get(n.code());
            if (in != null) {
                inputsUsed++;
            }
            ScoredNode scored = LeafScorer.score(n, in, work);
            if (scored != null) {
                BigDecimal reportedScore = reported.byNodeCode().get(n.code());
                if (reportedScore != null && scored.selfReportedScore() == null) {
                    // A leaf self score given through ReportedScores counts like one on the input.
                    work.leafFlags = scored.flags().isEmpty() ? null : new ArrayList<>(scored.flags());
                    BigDecimal diff = in.state() == InputState.NOT_APPLICABLE
                            ? null : LeafScorer.compareSelf(n.code(), LeafScorer.label(n), reportedScore, scored.score(), work);
                    scored = new ScoredNode(scored.code(), scored.name(), scored.weight(), scored.score(),
                            scored.scoreRate(), scored.explanation(), scored.formulaScore(), reportedScore,
                            work.takeFlags(), scored.children(), diff);
                }
                flags.addAll(scored.flags());
            }
            return scored;
        }

        private ScoredNode branch(IndicatorNode n, String field) {
            if (n.rule() != null) {
                work.error(field + ".rule", "RULE_ON_BRANCH", "有下级指标的指标不能有计分规则");
            }
            List<IndicatorNode> kids = n.children();
            List<ScoredNode> scoredKids = new ArrayList<>(kids.size());
            BigDecimal configured = BigDecimal.ZERO;
            BigDecimal inForce = BigDecimal.ZERO;
            BigDecimal score = BigDecimal.ZERO.setScale(SCALE);
            boolean complete = true;
            for (int i = 0; i < kids.size(); i++) {
                IndicatorNode kid = kids.get(i);
                if (kid != null && kid.weight() != null) {
                    configured = configured.add(kid.weight());
                }
                ScoredNode s = node(kid, field, i);
                if (s == null) {
                    complete = false;
                    continue;
                }
                scoredKids.add(s);
                inForce = inForce.add(s.weight());
                score = score.add(s.score());
            }
            if (configured.compareTo(n.weight()) != 0) {
                work.error(field + ".weight", Flag.WEIGHTS_DO_NOT_SUM, "下级指标分值合计 " + configured.toPlainString()
                        + " 不等于本指标分值 " + n.weight().toPlainString());
                return null;
            }
            if (!complete) {
                return null;
            }
            StringBuilder sb = work.sb;
            sb.setLength(0);
            appendSum(sb, scoredKids, score);

            BigDecimal self = reported.byNodeCode().get(n.code());
            if (self == null) {
                self = sumOfSelfScores(scoredKids);
            } else if (self.signum() < 0) {
                work.error("reported[" + n.code() + "]", "NEGATIVE_VALUE", "自评得分不能为负：" + self.toPlainString());
                return null;
            }
            BigDecimal diff = null;
            List<Flag> nodeFlags = List.of();
            if (self != null) {
                work.leafFlags = null;
                diff = LeafScorer.compareSelf(n.code(), LeafScorer.label(n), self, score, work);
                nodeFlags = work.takeFlags();
                flags.addAll(nodeFlags);
            }
            return new ScoredNode(n.code(), n.name(), inForce, score, LeafScorer.scoreRate(score, inForce),
                    sb.toString(), null, self, nodeFlags, Collections.unmodifiableList(scoredKids), diff);
        }

        /** Inputs and reported scores whose code names no leaf / node of the tree. */
        void checkLeftovers() {
            if (inputsUsed != inputs.size()) {
                for (Map.Entry<String, LeafInput> e : inputs.entrySet()) {
                    Boolean leaf = codes.get(e.getKey());
                    if (leaf == null) {
                        work.error("inputs[" + e.getKey() + "]", "UNKNOWN_LEAF", "指标体系中没有代码为「" + e.getKey() + "」的末级指标");
                    } else if (!leaf) {
                        work.error("inputs[" + e.getKey() + "]", "NOT_A_LEAF", "「" + e.getKey() + "」有下级指标，其得分由下级汇总，不能直接填写");
                    }
                }
            }
            for (Map.Entry<String, BigDecimal> e : reported.byNodeCode().entrySet()) {
                if (!codes.containsKey(e.getKey())) {
                    work.error("reported[" + e.getKey() + "]", "UNKNOWN_NODE", "指标体系中没有代码为「" + e.getKey() + "」的指标");
                } else if (e.getValue() != null && e.getValue().signum() < 0 && codes.get(e.getKey())) {
                    work.error("reported[" + e.getKey() + "]", "NEGATIVE_VALUE", "自评得分不能为负：" + e.getValue().toPlainString());
                }
            }
        }
    }
}
