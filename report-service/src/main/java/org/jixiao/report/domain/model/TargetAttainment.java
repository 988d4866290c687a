package org.jixiao.report.domain.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Completed vs unmet 绩效目标 ("54 项绩效目标, 完成 47 项"). A target is a scored leaf at level 2 or deeper;
 * a level-1 leaf such as 预算执行 is a scoring category, reported through the execution rate instead.
 * A target is unmet when its score is below its weight.
 */
public record TargetAttainment(int targetCount, int completedCount, List<UnmetTarget> unmet) {

    public TargetAttainment {
        unmet = List.copyOf(unmet);
        if (completedCount + unmet.size() != targetCount) {
            throw new IllegalArgumentException("completed + unmet must equal the target count");
        }
    }

    public static TargetAttainment of(List<ScoreNode> roots) {
        return of(roots, List.of());
    }

    /**
     * As {@link #of(List)}; a group whose name is one of the declared 年度绩效目标 is called by its number, as seed 004
     * writes "年度目标 4 中产出指标…" (the goal's text is listed under 绩效目标). Other groups (活动, 项目) keep their name.
     */
    public static TargetAttainment of(List<ScoreNode> roots, List<String> annualGoals) {
        List<UnmetTarget> unmet = new ArrayList<>();
        int[] targets = {0};
        for (ScoreNode root : roots) {
            String group = null;
            if (root.isGoalGroup()) {
                int goal = annualGoals.indexOf(root.name() == null ? null : root.name().strip());
                group = goal >= 0 ? "年度目标 " + (goal + 1) : root.name();
            }
            collect(root, group, null, unmet, targets);
        }
        return new TargetAttainment(targets[0], targets[0] - unmet.size(), unmet);
    }

    private static void collect(ScoreNode node, String group, String category, List<UnmetTarget> unmet, int[] targets) {
        String ownCategory = node.level() == 1 ? node.name() : category;
        if (node.isLeaf()) {
            if (node.level() >= 2) {
                targets[0]++;
                if (node.score().compareTo(node.weight()) < 0) {
                    unmet.add(new UnmetTarget(node.code(), group, ownCategory, node.name(), node.target(),
                            node.actual(), node.weight(), node.score()));
                }
            }
            return;
        }
        // Depth is bounded by ScoreNode's level rule (0..3, strictly increasing), so recursion is safe here.
        for (ScoreNode child : node.children()) {
            collect(child, group, ownCategory, unmet, targets);
        }
    }

    /** "共54项绩效目标，完成47项，未完成7项". */
    public String describe() {
        String text = "共" + targetCount + "项绩效目标，完成" + completedCount + "项";
        return unmet.isEmpty() ? text : text + "，未完成" + unmet.size() + "项";
    }
}
