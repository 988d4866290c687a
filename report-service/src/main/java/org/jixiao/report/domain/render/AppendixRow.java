package org.jixiao.report.domain.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.report.domain.model.ScoreNode;

/**
 * One line of the 自评表 / 指标得分表 appendix: either a 年度目标 group heading or a scored leaf with its
 * 一级/二级/三级 names. The names are always filled; renderers that print a grouped table blank repeats.
 */
public record AppendixRow(
        boolean groupHeading,
        String goalGroup,
        String level1,
        String level2,
        String level3,
        BigDecimal weight,
        String target,
        String actual,
        BigDecimal score,
        String explanation) {

    public static List<AppendixRow> of(List<ScoreNode> roots) {
        List<AppendixRow> rows = new ArrayList<>();
        for (ScoreNode root : roots) {
            if (root.isGoalGroup()) {
                rows.add(new AppendixRow(true, root.name(), null, null, null, root.weight(), root.target(), null,
                        root.score(), root.explanation()));
                for (ScoreNode child : root.children()) {
                    collect(child, root.name(), new String[4], rows);
                }
            } else {
                collect(root, null, new String[4], rows);
            }
        }
        return rows;
    }

    // Depth is at most three: ScoreNode levels are 0..3 and strictly increase downwards.
    private static void collect(ScoreNode node, String group, String[] path, List<AppendixRow> rows) {
        String[] own = path.clone();
        own[node.level()] = node.name();
        if (node.isLeaf()) {
            rows.add(new AppendixRow(false, group, own[1], own[2], own[3], node.weight(), node.target(), node.actual(),
                    node.score(), node.explanation()));
            return;
        }
        for (ScoreNode child : node.children()) {
            collect(child, group, own, rows);
        }
    }
}
