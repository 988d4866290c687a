package org.jixiao.report.domain.model;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jixiao.report.domain.findings.FactNames;

/**
 * Facts for the findings engine that follow from the report model itself (budget rates, unmet and vague targets)
 * or from comparing two trees (inflated self-scores). Facts that need other data — all-source spending, projects
 * without 时效指标, result application, asset counts — are added by the caller under {@link FactNames}.
 */
public final class ReportFacts {
    private static final Pattern HAS_NUMBER = Pattern.compile("[0-9０-９一二三四五六七八九十百千万零两]");
    /** Words that, without any number, leave a target unmeasurable (seed 004: 不断提升, 不断完善, 得到改善). */
    private static final Pattern VAGUE_WORDS = Pattern.compile("提升|提高|完善|改善|加强|增强|不断|逐年|逐步|普及|深入人心");

    private ReportFacts() {
    }

    public static Map<String, Object> from(ReportModel model) {
        Map<String, Object> facts = new LinkedHashMap<>();
        BudgetSummary budget = model.budget();
        if (budget != null) {
            facts.put(FactNames.INITIAL_BUDGET, budget.initialBudget());
            facts.put(FactNames.ADJUSTED_BUDGET, budget.adjustedBudget());
            facts.put(FactNames.ACTUAL_EXPENDITURE, budget.actualExpenditure());
            putIfKnown(facts, FactNames.EXECUTION_RATE, budget.executionRate());
            putIfKnown(facts, FactNames.ADJUSTMENT_RATE, budget.adjustmentRate());
            if (budget.carryOver() != null) {
                putIfKnown(facts, FactNames.CARRY_OVER_RATE, Figures.percentOf(budget.carryOver(), budget.adjustedBudget()));
            }
        }
        List<String> unmet = model.targetAttainment().unmet().stream().map(UnmetTarget::text).toList();
        facts.put(FactNames.UNMET_TARGETS, unmet);
        facts.put(FactNames.UNMET_TARGET_COUNT, unmet.size());
        List<String> vague = vagueTargets(model.scoreTree());
        facts.put(FactNames.VAGUE_TARGETS, vague);
        facts.put(FactNames.VAGUE_TARGET_COUNT, vague.size());
        return facts;
    }

    /** Names of leaves whose target is a qualitative wish (提升, 不断完善 …) with no number in it. */
    public static List<String> vagueTargets(List<ScoreNode> roots) {
        List<String> names = new ArrayList<>();
        for (ScoreNode leaf : leaves(roots)) {
            String target = leaf.target();
            if (target != null && VAGUE_WORDS.matcher(target).find() && !HAS_NUMBER.matcher(target).find()) {
                names.add("“" + leaf.name() + "”（" + target.strip() + "）");
            }
        }
        return names;
    }

    /**
     * Compares a self-reported tree with the tree recomputed from data (nodes matched by code, else by name):
     * the largest overstatement in points and the nodes that overstate by more than {@code tolerance}.
     */
    public static Map<String, Object> selfScoreFacts(List<ScoreNode> selfReported, List<ScoreNode> recomputed,
                                                     BigDecimal tolerance) {
        Map<String, ScoreNode> recomputedByKey = new HashMap<>();
        for (ScoreNode node : all(recomputed)) {
            recomputedByKey.put(key(node), node);
        }
        BigDecimal largest = BigDecimal.ZERO.setScale(2);
        List<String> inflated = new ArrayList<>();
        for (ScoreNode node : all(selfReported)) {
            ScoreNode check = recomputedByKey.get(key(node));
            if (check == null) {
                continue;
            }
            BigDecimal overstatement = node.score().subtract(check.score());
            if (overstatement.compareTo(largest) > 0) {
                largest = overstatement;
            }
            if (overstatement.compareTo(tolerance) > 0) {
                inflated.add(node.name() + "（自评" + Figures.score(node.score()) + "分，复核"
                        + Figures.score(check.score()) + "分）");
            }
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put(FactNames.SELF_SCORE_OVERSTATEMENT, largest);
        facts.put(FactNames.INFLATED_NODES, inflated);
        return facts;
    }

    private static String key(ScoreNode node) {
        return node.code() != null ? "code:" + node.code() : "name:" + node.level() + ":" + node.name();
    }

    private static List<ScoreNode> leaves(List<ScoreNode> roots) {
        return all(roots).stream().filter(ScoreNode::isLeaf).toList();
    }

    /** Pre-order, without recursion. */
    static List<ScoreNode> all(List<ScoreNode> roots) {
        List<ScoreNode> nodes = new ArrayList<>();
        Deque<ScoreNode> pending = new ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            pending.push(roots.get(i));
        }
        while (!pending.isEmpty()) {
            ScoreNode node = pending.pop();
            nodes.add(node);
            List<ScoreNode> children = node.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(children.get(i));
            }
        }
        return nodes;
    }

    private static void putIfKnown(Map<String, Object> facts, String name, Object value) {
        if (value != null) {
            facts.put(name, value);
        }
    }
}
