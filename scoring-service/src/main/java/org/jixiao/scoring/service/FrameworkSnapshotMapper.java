package org.jixiao.scoring.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.scoring.client.Snapshots;
import org.jixiao.scoring.domain.IndicatorNode;
import org.jixiao.scoring.domain.LeafInput;
import org.jixiao.scoring.domain.LeafRule;
import org.jixiao.scoring.domain.MethodParameters;
import org.jixiao.scoring.domain.ScoringMethod;
import org.jixiao.scoring.domain.ValueBand;

/** Turns the framework snapshot (indicator-service's tree) into the engine's tree, and fills metric-bound leaves. */
final class FrameworkSnapshotMapper {
    private static final String BUDGET_BINDING = "budget:";

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
     * Leaves bound to a budget metric ({@code budget:executionRate}) take the metric's value as their actual, unless
     * somebody entered a value for them; an undefined metric makes the leaf DATA_UNAVAILABLE with the metric's reason.
     */
    static void fillBoundLeaves(List<Snapshots.Node> nodes, Map<String, Snapshots.Metric> metrics,
            Map<String, LeafInput> inputs) {
        for (Snapshots.Node n : nodes) {
            if (!n.isLeaf()) {
                fillBoundLeaves(n.children(), metrics, inputs);
                continue;
            }
            if (inputs.containsKey(n.code()) || n.dataBinding() == null || !n.dataBinding().startsWith(BUDGET_BINDING)) {
                continue;
            }
            Snapshots.Metric metric = metrics.get(n.dataBinding().substring(BUDGET_BINDING.length()));
            if (metric == null) {
                inputs.put(n.code(), LeafInput.dataUnavailable(n.code(), "未知的预算指标 " + n.dataBinding()));
            } else if (metric.value() == null) {
                inputs.put(n.code(), LeafInput.dataUnavailable(n.code(), metric.undefinedReason()));
            } else {
                inputs.put(n.code(), LeafInput.value(n.code(), metric.value()));
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
