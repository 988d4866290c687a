package org.jixiao.report.domain.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * One node of the scored indicator tree. Level 1/2/3 are 一级/二级/三级指标; level 0 is a 年度目标 group
 * (seed 004 scores per goal group, each holding its own 一级 → 三级 tree).
 * {@code scoreRate} is a percent with 2 decimals; when absent it is derived as score ÷ weight.
 */
public record ScoreNode(
        String code,
        String name,
        int level,
        BigDecimal weight,
        BigDecimal score,
        BigDecimal scoreRate,
        String target,
        String actual,
        String explanation,
        List<ScoreNode> children) {

    public static final int GOAL_GROUP_LEVEL = 0;
    public static final int DEEPEST_LEVEL = 3;

    public ScoreNode {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weight, "weight of " + name);
        Objects.requireNonNull(score, "score of " + name);
        if (level < GOAL_GROUP_LEVEL || level > DEEPEST_LEVEL) {
            throw new IllegalArgumentException("level of '" + name + "' must be 0..3, was " + level);
        }
        if (weight.signum() < 0) {
            throw new IllegalArgumentException("weight of '" + name + "' is negative");
        }
        children = children == null ? List.of() : List.copyOf(children);
        for (ScoreNode child : children) {
            if (child.level() <= level) {
                throw new IllegalArgumentException("child '" + child.name() + "' must be deeper than '" + name + "'");
            }
        }
        weight = weight.setScale(Math.max(2, weight.scale()), RoundingMode.UNNECESSARY);
        score = score.setScale(2, RoundingMode.HALF_UP);
        scoreRate = scoreRate != null ? scoreRate.setScale(2, RoundingMode.HALF_UP) : Figures.percentOf(score, weight);
    }

    public static ScoreNode leaf(String code, String name, int level, BigDecimal weight, BigDecimal score,
                                 String target, String actual, String explanation) {
        return new ScoreNode(code, name, level, weight, score, null, target, actual, explanation, List.of());
    }

    public static ScoreNode branch(String code, String name, int level, BigDecimal weight, BigDecimal score,
                                   List<ScoreNode> children) {
        return new ScoreNode(code, name, level, weight, score, null, null, null, null, children);
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }

    public boolean isGoalGroup() {
        return level == GOAL_GROUP_LEVEL;
    }
}
