package org.jixiao.scoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One indicator of a framework tree. A node without children is a leaf (三级指标) and must carry a rule; a node with
 * children must not.
 *
 * @param weight 分值 in points, at most 2 decimals; children's weights add up to it
 */
public record IndicatorNode(String code, String name, BigDecimal weight, List<IndicatorNode> children, LeafRule rule) {

    public IndicatorNode {
        // Null elements are kept so that the engine can report them as input errors instead of failing here.
        children = children == null || children.isEmpty()
                ? List.of()
                : Collections.unmodifiableList(new ArrayList<>(children));
    }

    public static IndicatorNode leaf(String code, String name, BigDecimal weight, LeafRule rule) {
        return new IndicatorNode(code, name, weight, List.of(), rule);
    }

    public static IndicatorNode branch(String code, String name, BigDecimal weight, List<IndicatorNode> children) {
        return new IndicatorNode(code, name, weight, children, null);
    }

    /** Named without the {@code is} prefix so that JSON mappers do not add it as a property. */
    public boolean hasChildren() {
        return !children.isEmpty();
    }
}
