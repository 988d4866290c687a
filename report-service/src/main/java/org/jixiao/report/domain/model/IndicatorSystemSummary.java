package org.jixiao.report.domain.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** 指标体系 summary counted from the tree, e.g. "7个一级指标、17个二级指标、39个三级指标". */
public record IndicatorSystemSummary(int level1Count, int level2Count, int level3Count) {

    public static IndicatorSystemSummary of(List<ScoreNode> roots) {
        int[] counts = new int[ScoreNode.DEEPEST_LEVEL + 1];
        // Iterative walk: trees arrive from outside and must not be able to exhaust the stack.
        Deque<ScoreNode> pending = new ArrayDeque<>(roots);
        while (!pending.isEmpty()) {
            ScoreNode node = pending.pop();
            counts[node.level()]++;
            node.children().forEach(pending::push);
        }
        return new IndicatorSystemSummary(counts[1], counts[2], counts[3]);
    }

    public String describe() {
        StringBuilder text = new StringBuilder();
        appendCount(text, level1Count, "一级指标");
        appendCount(text, level2Count, "二级指标");
        appendCount(text, level3Count, "三级指标");
        return text.toString();
    }

    private static void appendCount(StringBuilder text, int count, String label) {
        if (count == 0) {
            return;
        }
        if (!text.isEmpty()) {
            text.append('、');
        }
        text.append(count).append("个").append(label);
    }
}
