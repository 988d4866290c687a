package org.jixiao.scoring.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.jixiao.scoring.domain.SeedFixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConsistencyChecksTest {

    private static List<String> codes(List<Flag> flags) {
        return flags.stream().map(f -> f.code() + "@" + f.nodeCode()).toList();
    }

    @Test
    void seed004FrameworkWeightsAddUp() {
        assertTrue(ConsistencyChecks.checkWeights(SeedFixtures.seed004().framework()).isEmpty());
    }

    @Test
    void weightsThatDoNotAddUpAreFlaggedAtEveryLevel() {
        LeafRule r = LeafRule.of(ScoringMethod.BINARY, null, null);
        List<IndicatorNode> top = List.of(
                IndicatorNode.branch("G", "年度目标", d("11"), List.of(
                        IndicatorNode.branch("O", "产出指标", d("5"), List.of(IndicatorNode.leaf("a", "a", d("4"), r))),
                        IndicatorNode.leaf("b", "b", d("5"), r))),
                IndicatorNode.leaf("c", "c", d("80"), r));
        assertEquals(List.of("WEIGHTS_DO_NOT_SUM@O", "WEIGHTS_DO_NOT_SUM@G", "TOP_LEVEL_NOT_100@null"),
                codes(ConsistencyChecks.checkWeights(top)));
    }

    @Test
    void seed004SummaryMissesGoalFour() {
        List<Flag> flags = ConsistencyChecks.checkReportedTable("seed004-summary", SeedFixtures.seed004SummaryRows(),
                d("100.00"), d("90.66"));
        assertEquals(List.of("REPORTED_WEIGHT_TOTAL_MISMATCH@seed004-summary", "REPORTED_TOTAL_MISMATCH@seed004-summary"),
                codes(flags));
        assertEquals("表列得分合计 90.66，各行之和为 67.50；差额像是漏列了一行（分值 26.00，得分 23.16）",
                flags.get(1).message());
    }

    @Test
    void seed000AndSeed001TablesAddUp() {
        List<ReportedRow> seed000 = List.of(new ReportedRow("部门规划", d("10"), d("8")),
                new ReportedRow("运行成本", d("7"), d("6.6")), new ReportedRow("管理效率", d("32"), d("28.7")),
                new ReportedRow("履职效能", d("25"), d("25")), new ReportedRow("社会效应", d("13"), d("11")),
                new ReportedRow("可持续性发展能力", d("3"), d("3")), new ReportedRow("服务对象满意度", d("10"), d("10")));
        assertTrue(ConsistencyChecks.checkReportedTable("seed000", seed000, d("100"), d("92.3")).isEmpty());
        List<ReportedRow> seed001 = List.of(new ReportedRow("管理效率", d("30"), d("20.34")),
                new ReportedRow("履职效能", d("40"), d("38")), new ReportedRow("运行成本", d("5"), d("5")),
                new ReportedRow("社会效应", d("15"), d("14.2")), new ReportedRow("可持续发展能力", d("10"), d("8")));
        assertTrue(ConsistencyChecks.checkReportedTable("seed001", seed001, d("100"), d("85.54")).isEmpty());
    }

    @Test
    void rowAboveItsWeightIsFlaggedWithoutAMissingRowHint() {
        List<Flag> flags = ConsistencyChecks.checkReportedTable("t", List.of(
                new ReportedRow("投入管理", d("20"), d("21")), new ReportedRow("产出", d("80"), d("70"))), null, d("90"));
        assertEquals(List.of("SCORE_OUT_OF_RANGE@t", "REPORTED_TOTAL_MISMATCH@t"), codes(flags));
        assertEquals("表列得分合计 90，各行之和为 91", flags.get(1).message());
    }

    @Test
    void scoredTreeChecks() {
        ScoredNode leafOver = new ScoredNode("a", "a", d("1"), d("1.50"), null, "", null, null, List.of(), List.of(), null);
        ScoredNode leafOk = new ScoredNode("b", "b", d("2"), d("1.00"), null, "", null, null, List.of(), List.of(), null);
        ScoredNode parent = new ScoredNode("P", "P", d("3"), d("2.00"), null, "", null, null, List.of(),
                List.of(leafOver, leafOk), null);
        assertEquals(List.of("SCORE_OUT_OF_RANGE@a", "NODE_NOT_SUM_OF_CHILDREN@P"),
                codes(ConsistencyChecks.checkScoredTree(List.of(parent))));
        SeedFixtures.Seed seed = SeedFixtures.seed004();
        ScoreResult r = ScoringEngine.score(seed.framework(), seed.inputs(), GradeScheme.NATIONAL);
        assertTrue(ConsistencyChecks.checkScoredTree(r.nodes()).isEmpty());
    }

    @Test
    void expenditureSplit() {
        // seed 004: 基本支出 4763.51 + 项目支出 8817.78 = 13581.29 万元.
        assertTrue(ConsistencyChecks.checkExpenditureSplit(d("4763.51"), d("8817.78"), d("13581.29")).isEmpty());
        // seed 003 prints 项目支出 equal to the whole total.
        List<Flag> flags = ConsistencyChecks.checkExpenditureSplit(d("4961.098592"), d("31385.997668"), d("31385.997668"));
        assertEquals(List.of("EXPENDITURE_SPLIT_MISMATCH@null"), codes(flags));
    }
}
