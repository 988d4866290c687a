package org.jixiao.report.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jixiao.report.domain.ReportFixtures;
import org.junit.jupiter.api.Test;

class TargetAttainmentTest {

    @Test
    void listsUnmetTargetsInSeed004Wording() {
        TargetAttainment attainment = ReportFixtures.seed004Summary().targetAttainment();
        List<String> texts = attainment.unmet().stream().map(UnmetTarget::text).toList();
        assertEquals(List.of(
                "年度目标 1 中产出指标“拆迁工作整体完成情况全区排名”计划前三，本次评价暂无法取得相关资料，暂不明确绩效指标的完成情况",
                "年度目标 1 中效益指标“违法建设案件”计划不断减少，实际为比上年多，未完成相应指标",
                "年度目标 4 中产出指标“新增就业岗位”计划800个，实际为210个，未完成相应指标",
                "年度目标 4 中产出指标“新增养老床位”计划50张，实际为新增10张，未完成相应指标"), texts);
        // 预算执行 is a level-1 category, not a 绩效目标.
        assertEquals(7, attainment.targetCount());
        assertEquals(3, attainment.completedCount());
        assertEquals("共7项绩效目标，完成3项，未完成4项", attainment.describe());
    }

    @Test
    void aGroupThatIsADeclaredGoalIsCalledByItsNumberOthersByTheirName() {
        ScoreNode leaf = ScoreNode.leaf("G.1", "新增就业岗位", 3, new BigDecimal("2.50"), new BigDecimal("0.66"), "≥800个",
                "210个", null);
        ScoreNode output = new ScoreNode("G.O", "产出指标", 1, new BigDecimal("2.50"), new BigDecimal("0.66"), null, null,
                null, null, List.of(new ScoreNode("G.O.N", "数量指标", 2, new BigDecimal("2.50"), new BigDecimal("0.66"),
                        null, null, null, null, List.of(leaf))));
        ScoreNode goal = new ScoreNode("G", "聚焦民情民意，增进民生福祉", 0, new BigDecimal("2.50"), new BigDecimal("0.66"),
                null, null, null, null, List.of(output));
        assertEquals("年度目标 2 中产出指标“新增就业岗位”计划≥800个，实际为210个，未完成相应指标",
                TargetAttainment.of(List.of(goal), List.of("优化市容市貌", "聚焦民情民意，增进民生福祉")).unmet().get(0).text());
        assertEquals("聚焦民情民意，增进民生福祉 中产出指标“新增就业岗位”计划≥800个，实际为210个，未完成相应指标",
                TargetAttainment.of(List.of(goal), List.of("优化市容市貌")).unmet().get(0).text(),
                "an activity or undeclared group keeps its name");
    }

    @Test
    void aTargetWithoutTargetTextStatesTheScore() {
        UnmetTarget target = new UnmetTarget("x", null, "产出指标", "资金使用合规性", null, null, new BigDecimal("3.00"),
                new BigDecimal("1.00"));
        assertEquals("产出指标“资金使用合规性”得分1.00（分值3.00），未完成相应指标", target.text());
    }

    /** Law: completed + unmet = targets, and unmet holds exactly the leaves (level ≥ 2) scoring below weight. */
    @Test
    void partitionsRandomTrees() {
        Random random = new Random(11);
        for (int run = 0; run < 1_000; run++) {
            List<ScoreNode> leaves = new ArrayList<>();
            int expectedUnmet = 0;
            int count = random.nextInt(12);
            for (int i = 0; i < count; i++) {
                BigDecimal weight = BigDecimal.valueOf(1 + random.nextInt(500), 2);
                BigDecimal score = BigDecimal.valueOf(random.nextInt(weight.unscaledValue().intValue() + 1), 2);
                if (score.compareTo(weight) < 0) {
                    expectedUnmet++;
                }
                leaves.add(ScoreNode.leaf("c" + i, "指标" + i, 2 + random.nextInt(2), weight, score, "t", "a", null));
            }
            BigDecimal weight = leaves.stream().map(ScoreNode::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal score = leaves.stream().map(ScoreNode::score).reduce(BigDecimal.ZERO, BigDecimal::add);
            ScoreNode root = ScoreNode.branch("r", "产出指标", 1, weight, score, leaves);
            TargetAttainment attainment = TargetAttainment.of(List.of(root));
            assertEquals(count, attainment.targetCount());
            assertEquals(expectedUnmet, attainment.unmet().size());
            assertEquals(count, attainment.completedCount() + attainment.unmet().size());
        }
    }
}
