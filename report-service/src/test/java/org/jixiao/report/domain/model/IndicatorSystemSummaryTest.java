package org.jixiao.report.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IndicatorSystemSummaryTest {

    static ScoreNode leaf(String name) {
        return ScoreNode.leaf(name, name, 3, BigDecimal.ONE, BigDecimal.ONE, "1", "1", null);
    }

    /** Seed 000's framework: 7 一级, 17 二级, 39 三级. */
    @Test
    void countsSeed000Framework() {
        int[] level2PerLevel1 = {2, 3, 4, 2, 2, 2, 2};
        int[] level3PerLevel2 = {2, 2, 3, 2, 3, 2, 2, 3, 2, 3, 2, 2, 2, 3, 2, 2, 2};
        List<ScoreNode> roots = new ArrayList<>();
        int level2Index = 0;
        for (int i = 0; i < level2PerLevel1.length; i++) {
            List<ScoreNode> level2 = new ArrayList<>();
            for (int j = 0; j < level2PerLevel1[i]; j++) {
                List<ScoreNode> level3 = new ArrayList<>();
                for (int k = 0; k < level3PerLevel2[level2Index]; k++) {
                    level3.add(leaf("三级" + level2Index + "-" + k));
                }
                level2Index++;
                level2.add(ScoreNode.branch(null, "二级" + level2Index, 2, BigDecimal.ONE, BigDecimal.ONE, level3));
            }
            roots.add(ScoreNode.branch(null, "一级" + i, 1, BigDecimal.ONE, BigDecimal.ONE, level2));
        }
        IndicatorSystemSummary summary = IndicatorSystemSummary.of(roots);
        assertEquals(new IndicatorSystemSummary(7, 17, 39), summary);
        assertEquals("7个一级指标、17个二级指标、39个三级指标", summary.describe());
    }

    @Test
    void goalGroupsAreNotIndicatorsAndEmptyLevelsAreLeftOut() {
        ScoreNode group = ScoreNode.branch("G", "年度目标 1", 0, BigDecimal.ONE, BigDecimal.ONE, List.of(
                ScoreNode.branch(null, "产出指标", 1, BigDecimal.ONE, BigDecimal.ONE, List.of(leaf("a"), leaf("b")))));
        IndicatorSystemSummary summary = IndicatorSystemSummary.of(List.of(group));
        assertEquals(new IndicatorSystemSummary(1, 0, 2), summary);
        assertEquals("1个一级指标、2个三级指标", summary.describe());
        assertEquals("", IndicatorSystemSummary.of(List.of()).describe());
    }

    /** Law: the counts equal the number of nodes per level, for any tree. */
    @Test
    void countsMatchRandomTrees() {
        Random random = new Random(42);
        for (int run = 0; run < 1_000; run++) {
            int[] expected = new int[4];
            List<ScoreNode> roots = new ArrayList<>();
            int rootCount = random.nextInt(6);
            for (int i = 0; i < rootCount; i++) {
                roots.add(randomNode(random, 1 + random.nextInt(3), expected));
            }
            assertEquals(new IndicatorSystemSummary(expected[1], expected[2], expected[3]), IndicatorSystemSummary.of(roots));
        }
    }

    static ScoreNode randomNode(Random random, int level, int[] counts) {
        counts[level]++;
        List<ScoreNode> children = new ArrayList<>();
        if (level < 3) {
            int childCount = random.nextInt(4);
            for (int i = 0; i < childCount; i++) {
                children.add(randomNode(random, level + 1 + random.nextInt(3 - level), counts));
            }
        }
        return new ScoreNode(null, "n", level, BigDecimal.TEN, BigDecimal.ONE, null, null, null, null, children);
    }
}
