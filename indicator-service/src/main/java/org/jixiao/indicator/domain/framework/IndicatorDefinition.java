package org.jixiao.indicator.domain.framework;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.indicator.domain.target.Direction;

/**
 * One node of an indicator framework (指标体系) or of a unit's declaration: a group (年度目标, 活动), a
 * 一级/二级 category or a scored 三级 leaf.
 *
 * @param code          unique within the framework
 * @param name          指标名称 (at most {@value FrameworkValidator#MAX_NAME_LENGTH} characters)
 * @param level         1 for 一级 … ; grouping nodes above the 一级 may use 0. A child's level is its parent's + 1
 * @param weight        分值 in points; the children's weights sum to it, the top level sums to 100
 * @param category      kind of node; see {@link IndicatorCategory}
 * @param subCategory   二级 category (数量 / 质量 / 时效 …), inherited by the leaves below it
 * @param direction     指标性质 as declared, may be {@code null} when the target text says it
 * @param target        指标值 as written (parsed by {@link org.jixiao.indicator.domain.target.TargetValueParser})
 * @param measureUnit   计量单位 as written, or {@code null}
 * @param scoringMethod how the leaf is scored (SCORING.md §1)
 * @param scoringRule   评(扣)分标准 text
 * @param origin        共性 / 个性
 * @param dataBinding   where the actual comes from: {@code budget:executionRate}, {@code survey:residents},
 *                      {@code manual}
 * @param children      sub-nodes, in display order; never {@code null} (a {@code null} list becomes empty)
 *
 * <p>{@code toString} does not descend into children, so that logging a deep or hostile tree cannot overflow
 * the stack. {@code equals}/{@code hashCode} are the record's own and do recurse: compare trees only after
 * {@link FrameworkValidator} accepted them (depth ≤ {@value FrameworkValidator#MAX_DEPTH}).
 */
public record IndicatorDefinition(
        String code,
        String name,
        int level,
        BigDecimal weight,
        IndicatorCategory category,
        IndicatorSubCategory subCategory,
        Direction direction,
        String target,
        String measureUnit,
        ScoringMethod scoringMethod,
        String scoringRule,
        IndicatorOrigin origin,
        String dataBinding,
        List<IndicatorDefinition> children) {

    public IndicatorDefinition {
        children = children == null ? List.of() : List.copyOf(children);
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }

    /** True when nothing says how to score this node: a heading, which must have children. */
    public boolean isHeading() {
        return scoringMethod == null && isBlank(target) && direction == null && isBlank(measureUnit)
                && isBlank(dataBinding) && isBlank(scoringRule);
    }

    public IndicatorDefinition withChildren(List<IndicatorDefinition> newChildren) {
        return new IndicatorDefinition(code, name, level, weight, category, subCategory, direction, target,
                measureUnit, scoringMethod, scoringRule, origin, dataBinding, newChildren);
    }

    public IndicatorDefinition withWeight(BigDecimal newWeight) {
        return new IndicatorDefinition(code, name, level, newWeight, category, subCategory, direction, target,
                measureUnit, scoringMethod, scoringRule, origin, dataBinding, children);
    }

    @Override
    public String toString() {
        return "IndicatorDefinition[code=" + code + ", name=" + name + ", level=" + level + ", weight=" + weight
                + ", category=" + category + ", subCategory=" + subCategory + ", target=" + target
                + ", scoringMethod=" + scoringMethod + ", children=" + children.size() + "]";
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public static Builder builder(String code, String name) {
        return new Builder(code, name);
    }

    /** Fluent construction for code that fills a node field by field (mappers, tests). */
    public static final class Builder {
        private final String code;
        private final String name;
        private int level = 1;
        private BigDecimal weight;
        private IndicatorCategory category;
        private IndicatorSubCategory subCategory;
        private Direction direction;
        private String target;
        private String measureUnit;
        private ScoringMethod scoringMethod;
        private String scoringRule;
        private IndicatorOrigin origin = IndicatorOrigin.COMMON;
        private String dataBinding;
        private List<IndicatorDefinition> children = List.of();

        private Builder(String code, String name) {
            this.code = code;
            this.name = name;
        }

        public Builder level(int value) {
            this.level = value;
            return this;
        }

        public Builder weight(BigDecimal value) {
            this.weight = value;
            return this;
        }

        public Builder weight(String value) {
            this.weight = value == null ? null : new BigDecimal(value);
            return this;
        }

        public Builder category(IndicatorCategory value) {
            this.category = value;
            return this;
        }

        public Builder subCategory(IndicatorSubCategory value) {
            this.subCategory = value;
            return this;
        }

        public Builder direction(Direction value) {
            this.direction = value;
            return this;
        }

        public Builder target(String value) {
            this.target = value;
            return this;
        }

        public Builder measureUnit(String value) {
            this.measureUnit = value;
            return this;
        }

        public Builder scoringMethod(ScoringMethod value) {
            this.scoringMethod = value;
            return this;
        }

        public Builder scoringRule(String value) {
            this.scoringRule = value;
            return this;
        }

        public Builder origin(IndicatorOrigin value) {
            this.origin = value;
            return this;
        }

        public Builder dataBinding(String value) {
            this.dataBinding = value;
            return this;
        }

        public Builder children(List<IndicatorDefinition> value) {
            this.children = value;
            return this;
        }

        public IndicatorDefinition build() {
            return new IndicatorDefinition(code, name, level, weight, category, subCategory, direction, target,
                    measureUnit, scoringMethod, scoringRule, origin, dataBinding, children);
        }
    }
}
