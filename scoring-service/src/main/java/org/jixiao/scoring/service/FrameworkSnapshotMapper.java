package org.jixiao.scoring.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.scoring.client.Snapshots;
import org.jixiao.scoring.domain.IndicatorNode;
import org.jixiao.scoring.domain.LeafInput;
import org.jixiao.scoring.domain.LeafRule;
import org.jixiao.scoring.domain.MethodParameters;
import org.jixiao.scoring.domain.ScoringMethod;
import org.jixiao.scoring.domain.SurveyResult;
import org.jixiao.scoring.domain.ValueBand;

/** Turns the framework snapshot (indicator-service's tree) into the engine's tree, and fills metric-bound leaves. */
final class FrameworkSnapshotMapper {
    private static final String BUDGET_BINDING = "budget:";
    private static final String SURVEY_BINDING = "survey:";

    private FrameworkSnapshotMapper() {
    }

    static List<IndicatorNode> toEngine(List<Snapshots.Node> nodes) {
        List<IndicatorNode> result = new ArrayList<>(nodes.size());
        for (Snapshots.Node n : nodes) {
            result.add(n.isLeaf()
                    ? IndicatorNode.leaf(n.code(), n.name(), n.weight(), rule(n))
                    : IndicatorNode.branch(n.code(), n.name(), n.weight(), toEngine(n.children())));
        }
        return result;
    }

    private static LeafRule rule(Snapshots.Node n) {
        ScoringMethod method = n.scoringMethod() == null ? null : ScoringMethod.valueOf(n.scoringMethod());
        Snapshots.ParsedTarget target = n.parsedTarget();
        Snapshots.Parameters p = n.methodParameters();
        Integer rankLimit = p != null && p.rankLimit() != null ? p.rankLimit() : target == null ? null : target.rankLimit();
        List<ValueBand> bands = p == null || p.bands() == null ? null
                : p.bands().stream().map(b -> new ValueBand(b.upTo(), b.points())).toList();
        MethodParameters parameters = new MethodParameters(p == null ? null : p.gradeTable(), bands, null,
                p == null ? null : p.deductionPerViolation(), rankLimit);
        return new LeafRule(method, target == null ? null : target.value(), n.target(), n.measureUnit(), parameters);
    }

    /**
     * Leaves bound to a budget metric ({@code budget:executionRate}) take the metric's value as their actual, and leaves
     * bound to a survey ({@code survey:residents}) take that respondent group's questionnaire counts, unless somebody
     * entered a value for them. An undefined metric makes the leaf DATA_UNAVAILABLE with the metric's reason; a survey
     * not yet entered leaves the leaf missing.
     */
    static void fillBoundLeaves(List<Snapshots.Node> nodes, Map<String, Snapshots.Metric> metrics,
            Map<String, SurveyResult> surveysByGroup, Map<String, LeafInput> inputs) {
        for (Snapshots.Node n : nodes) {
            if (!n.isLeaf()) {
                fillBoundLeaves(n.children(), metrics, surveysByGroup, inputs);
                continue;
            }
            String binding = n.dataBinding();
            if (binding == null || inputs.containsKey(n.code())) {
                continue;
            }
            if (binding.startsWith(BUDGET_BINDING)) {
                Snapshots.Metric metric = metrics.get(binding.substring(BUDGET_BINDING.length()));
                if (metric == null) {
                    inputs.put(n.code(), LeafInput.dataUnavailable(n.code(), "未知的预算指标 " + binding));
                } else if (metric.value() == null) {
                    inputs.put(n.code(), LeafInput.dataUnavailable(n.code(), metric.undefinedReason()));
                } else {
                    inputs.put(n.code(), LeafInput.value(n.code(), metric.value()));
                }
            } else if (binding.startsWith(SURVEY_BINDING)) {
                SurveyResult survey = surveysByGroup.get(binding.substring(SURVEY_BINDING.length()));
                if (survey != null) {
                    inputs.put(n.code(), LeafInput.survey(n.code(), survey));
                }
            }
        }
    }

    /** The respondent group a leaf is bound to ({@code survey:<group>}), or null. */
    static String surveyGroup(Snapshots.Node leaf) {
        String binding = leaf.dataBinding();
        return binding != null && binding.startsWith(SURVEY_BINDING) ? binding.substring(SURVEY_BINDING.length()) : null;
    }

    /** Every leaf of the tree, in framework order. */
    static List<Snapshots.Node> leaves(List<Snapshots.Node> nodes) {
        List<Snapshots.Node> result = new ArrayList<>();
        collectLeaves(nodes, result);
        return result;
    }

    private static void collectLeaves(List<Snapshots.Node> nodes, List<Snapshots.Node> into) {
        for (Snapshots.Node n : nodes) {
            if (n.isLeaf()) {
                into.add(n);
            } else {
                collectLeaves(n.children(), into);
            }
        }
    }

    /** Weight of every node (branches and leaves) by code. */
    static Map<String, BigDecimal> weightsByCode(List<Snapshots.Node> nodes) {
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        collectWeights(nodes, result);
        return result;
    }

    private static void collectWeights(List<Snapshots.Node> nodes, Map<String, BigDecimal> into) {
        for (Snapshots.Node n : nodes) {
            into.put(n.code(), n.weight());
            if (!n.isLeaf()) {
                collectWeights(n.children(), into);
            }
        }
    }

    static boolean containsLeaf(List<Snapshots.Node> nodes, String code) {
        for (Snapshots.Node n : nodes) {
            if (n.isLeaf() ? n.code().equals(code) : containsLeaf(n.children(), code)) {
                return true;
            }
        }
        return false;
    }

}
