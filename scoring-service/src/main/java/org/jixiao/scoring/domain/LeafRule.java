package org.jixiao.scoring.domain;

import java.math.BigDecimal;

/**
 * How one leaf indicator is scored.
 *
 * @param method      the scoring method
 * @param target      指标值 as a number in {@code measureUnit} (80 for ≥80%); null where the method needs none
 * @param targetText  the target as the report writes it (≥80%, 前三, 不断减少), shown to people, never parsed here
 * @param measureUnit 计量单位 (%, 个, 次, 万元 …), appended to values in explanations
 * @param parameters  per-method configuration; null means {@link MethodParameters#NONE}
 */
public record LeafRule(ScoringMethod method, BigDecimal target, String targetText, String measureUnit,
                       MethodParameters parameters) {

    public LeafRule {
        parameters = parameters == null ? MethodParameters.NONE : parameters;
    }

    public static LeafRule of(ScoringMethod method, BigDecimal target, String measureUnit) {
        return new LeafRule(method, target, null, measureUnit, MethodParameters.NONE);
    }
}
