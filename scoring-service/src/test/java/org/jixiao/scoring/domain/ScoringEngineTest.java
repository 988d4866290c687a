package org.jixiao.scoring.domain;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.jixiao.scoring.domain.SeedFixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class ScoringEngineTest {

    static void assertAmount(String expected, BigDecimal actual) {
        assertNotNull(actual, "expected " + expected + " but was null");
        assertEquals(0, d(expected).compareTo(actual), "expected " + expected + " but was " + actual.toPlainString());
    }

    static ScoredNode find(List<ScoredNode> nodes, String code) {
        for (ScoredNode n : nodes) {
            if (n.code().equals(code)) {
                return n;
            }
            ScoredNode below = find(n.children(), code);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    static ScoredNode node(ScoreResult r, String code) {
        ScoredNode n = find(r.nodes(), code);
        assertNotNull(n, "no node " + code);
        return n;
    }

    static List<String> flagCodes(List<Flag> flags, String nodeCode) {
        List<String> codes = new ArrayList<>();
        for (Flag f : flags) {
            if (nodeCode == null ? f.nodeCode() == null : nodeCode.equals(f.nodeCode())) {
                codes.add(f.code());
            }
        }
        return codes;
    }

    static ScoringInputException refused(List<IndicatorNode> top, Map<String, LeafInput> inputs) {
        return assertThrows(ScoringInputException.class, () -> ScoringEngine.score(top, inputs, GradeScheme.NATIONAL));
    }

    static boolean hasError(ScoringInputException e, String field, String code) {
        for (InputError err : e.errors()) {
            if (err.field().equals(field) && err.code().equals(code)) {
                return true;
            }
        }
        return false;
    }

    static void assertError(ScoringInputException e, String field, String code) {
        assertTrue(hasError(e, field, code), "expected " + field + " " + code + " in " + e.errors());
    }

    // ---------------------------------------------------------------------------------------------------- seed 004

    @Nested
    class Seed004 {
        final SeedFixtures.Seed seed = SeedFixtures.seed004();
        final ScoreResult result = ScoringEngine.score(seed.framework(), seed.inputs(), GradeScheme.NATIONAL);

        @Test
        void groupScoresAndTotalMatchTheSelfEvaluationTable() {
            assertAmount("20.00", node(result, "预算执行").score());
            assertAmount("9.00", node(result, "年度目标1").score());
            assertAmount("20.00", node(result, "年度目标2").score());
            assertAmount("18.50", node(result, "年度目标3").score());
            assertAmount("23.16", node(result, "年度目标4").score());
            assertAmount("90.66", result.total());
            assertEquals("90.66", result.total().toPlainString());
            assertEquals("优", result.grade());
            assertFalse(result.rescaled());
            assertAmount("1", result.rescaleFactor());
            assertEquals("20.00 + 9.00 + 20.00 + 18.50 + 23.16 = 90.66 → 财预〔2020〕10号通行等级 优", result.explanation());
        }

        @Test
        void goalsCarryTheirWeights() {
            assertAmount("11", node(result, "年度目标1").weight());
            assertAmount("20", node(result, "年度目标2").weight());
            assertAmount("23", node(result, "年度目标3").weight());
            assertAmount("26", node(result, "年度目标4").weight());
            assertAmount("81.82", node(result, "年度目标1").scoreRate());
            assertAmount("89.08", node(result, "年度目标4").scoreRate());
            assertEquals(54, node(result, "年度目标1").children().size() + node(result, "年度目标2").children().size()
                    + node(result, "年度目标3").children().size() + node(result, "年度目标4").children().size(),
                    "the seed counts 54 绩效目标");
        }

        @Test
        void newJobsScorePartiallyWithAHandCheckableLine() {
            ScoredNode jobs = node(result, "新增就业岗位");
            assertEquals("0.66", jobs.score().toPlainString());
            assertEquals("2.5 × 210 / 800 = 0.66", jobs.explanation());
            assertAmount("26.40", jobs.scoreRate());
            assertNull(jobs.formulaScore());
        }

        @Test
        void elderlyBedsKeepTheManualScoreAndFlagTheFormula() {
            ScoredNode beds = node(result, "新增养老床位");
            assertEquals("1.00", beds.score().toPlainString());
            assertEquals("0.40", beds.formulaScore().toPlainString());
            assertTrue(beds.explanation().startsWith("人工评分 1.00（理由："), beds.explanation());
            assertTrue(beds.explanation().endsWith("按公式 2 × 10 / 50 = 0.40"), beds.explanation());
            assertEquals(List.of(Flag.MANUAL_DIFFERS_FROM_FORMULA), flagCodes(beds.flags(), "新增养老床位"));
            assertTrue(result.flags().contains(beds.flags().get(0)), "node flags are collected in the result");
        }

        @Test
        void unavailableRankScoresZeroAndIsFlagged() {
            ScoredNode rank = node(result, "拆迁工作整体完成情况全区排名");
            assertEquals("0.00", rank.score().toPlainString());
            assertEquals(List.of(Flag.DATA_UNAVAILABLE), flagCodes(rank.flags(), rank.code()));
            assertEquals("无法取得相关资料（本次绩效自评暂无法取得相关资料） → 0.00", rank.explanation());
        }

        @Test
        void otherUnmetTargets() {
            assertEquals("0.00", node(result, "大城管考核排名").score().toPlainString());
            assertEquals("未进入前 3 → 0.00", node(result, "大城管考核排名").explanation());
            assertEquals("0.00", node(result, "违法建设案件").score().toPlainString());
            assertEquals("目标「不断减少」未达成 → 0.00", node(result, "违法建设案件").explanation());
            assertEquals("0.00", node(result, "违法乱建案件").score().toPlainString());
            assertEquals("0.00", node(result, "辖区水体质量").score().toPlainString());
        }

        @Test
        void metTargets() {
            assertEquals("1.50", node(result, "各类安全生产事故").score().toPlainString());
            assertEquals("实际 0起 = 0 → 满分 1.50", node(result, "各类安全生产事故").explanation());
            assertEquals("实际 8人次 ≤ 目标 10人次 → 满分 1.00", node(result, "拆迁工作上访人次").explanation());
            assertEquals("满意度 90% ≥ 目标 80% → 满分 0.50", node(result, "居民环境卫生满意度").explanation());
            assertEquals("0.50", node(result, "居民环境卫生满意度").score().toPlainString());
            assertEquals("20 × 13581.29 / 13581.29 = 20.00", node(result, "预算执行").explanation());
            assertEquals("2.00", node(result, "桥梁升级改造").score().toPlainString());
        }

        @Test
        void everyLeafAgreesWithTheUnitsOwnScore() {
            for (Flag f : result.flags()) {
                assertFalse(f.code().startsWith("SELF_SCORE"), "unexpected " + f);
            }
            assertAmount("90.66", result.selfReportedTotal());
            assertAmount("0", result.selfTotalDifference());
            assertAmount("0", node(result, "新增就业岗位").selfScoreDifference());
            assertEquals(List.of(Flag.DATA_UNAVAILABLE, Flag.MANUAL_DIFFERS_FROM_FORMULA),
                    result.flags().stream().map(Flag::code).toList());
        }

        @Test
        void goalExplanationListsItsRows() {
            assertEquals("1.00 + 1.00 + 1.00 + 1.00 + 1.00 + 0.00 + 1.00 + 1.00 + 0.00 + 1.00 + 1.00 = 9.00",
                    node(result, "年度目标1").explanation());
        }

        @Test
        void summaryTableThatOmitsGoalFourIsFlagged() {
            List<Flag> flags = ConsistencyChecks.checkReportedTable("summary", SeedFixtures.seed004SummaryRows(),
                    d("100.00"), d("90.66"));
            assertEquals(List.of(Flag.REPORTED_WEIGHT_TOTAL_MISMATCH, Flag.REPORTED_TOTAL_MISMATCH),
                    flags.stream().map(Flag::code).toList());
            assertTrue(flags.get(1).message().contains("67.50"), flags.get(1).message());
            assertTrue(flags.get(1).message().contains("分值 26.00，得分 23.16"), flags.get(1).message());
        }

        @Test
        void unitInflatingOneLeafIsCaught() {
            Map<String, LeafInput> inputs = new LinkedHashMap<>(seed.inputs());
            inputs.put("新增就业岗位", inputs.get("新增就业岗位").withSelfReportedScore(d("2.50")));
            ScoreResult r = ScoringEngine.score(seed.framework(), inputs, GradeScheme.NATIONAL);
            assertEquals(List.of(Flag.SELF_SCORE_INFLATED), flagCodes(r.flags(), "新增就业岗位"));
            assertEquals(List.of(Flag.SELF_SCORE_INFLATED), flagCodes(r.flags(), "年度目标4"));
            assertEquals(List.of(Flag.SELF_SCORE_INFLATED), flagCodes(r.flags(), null));
            assertAmount("1.84", node(r, "年度目标4").selfScoreDifference());
            assertAmount("92.50", r.selfReportedTotal());
            assertAmount("90.66", r.total());
        }
    }

    // ------------------------------------------------------------------------------------------------ seeds 000-002

    @Test
    void seed000CategoriesGive92Point3AndJiayuguanExcellent() {
        SeedFixtures.Seed seed = SeedFixtures.seed000();
        ScoreResult r = ScoringEngine.score(seed.framework(), seed.inputs(), GradeScheme.JIAYUGUAN);
        assertAmount("92.3", r.total());
        assertEquals("优秀", r.grade());
        String[][] rates = {{"部门规划", "80.00"}, {"运行成本", "94.29"}, {"管理效率", "89.69"}, {"履职效能", "100.00"},
                {"社会效应", "84.62"}, {"可持续性发展能力", "100.00"}, {"服务对象满意度", "100.00"}};
        for (String[] rate : rates) {
            assertEquals(rate[1], node(r, rate[0]).scoreRate().toPlainString(), rate[0]);
        }
        assertTrue(r.flags().isEmpty(), r.flags().toString());
    }

    @Test
    void seed001CategoriesGive85Point54AndNationalGood() {
        SeedFixtures.Seed seed = SeedFixtures.seed001();
        ScoreResult r = ScoringEngine.score(seed.framework(), seed.inputs(), GradeScheme.NATIONAL);
        assertEquals("85.54", r.total().toPlainString());
        assertEquals("良", r.grade());
        assertEquals("67.80", node(r, "管理效率").scoreRate().toPlainString());
        assertEquals("95.00", node(r, "履职效能").scoreRate().toPlainString());
        assertEquals("94.67", node(r, "社会效应").scoreRate().toPlainString());
        assertEquals("80.00", node(r, "可持续发展能力").scoreRate().toPlainString());
    }

    @Nested
    class Seed002 {
        @Test
        void adjustmentRateRecomputedFromTheBudget() {
            assertEquals("95.23", SeedFixtures.seed002AdjustmentRate().toPlainString());
        }

        @Test
        void recomputedAdjustmentRateDeductsAndExposesTheInflatedSelfScores() {
            SeedFixtures.Seed seed = SeedFixtures.seed002(SeedFixtures.seed002AdjustmentAsRatio());
            ScoreResult r = ScoringEngine.score(seed.framework(), seed.inputs(), GradeScheme.NATIONAL, seed.reported());

            ScoredNode adjustment = node(r, "预算调整率");
            assertEquals("0.11", adjustment.score().toPlainString());
            assertEquals("2 × 5 / 95.23 = 0.11", adjustment.explanation());
            assertEquals(List.of(Flag.SELF_SCORE_INFLATED), flagCodes(adjustment.flags(), "预算调整率"));

            ScoredNode input = node(r, "投入管理");
            assertAmount("18.11", input.score());
            assertAmount("20", input.selfReportedScore());
            assertAmount("1.89", input.selfScoreDifference());
            assertEquals(List.of(Flag.SELF_SCORE_INFLATED), flagCodes(input.flags(), "投入管理"));
            assertEquals(List.of(Flag.SELF_SCORE_INFLATED), flagCodes(r.flags(), "预算和财务管理"));

            assertAmount("94.11", r.total());
            assertEquals("优", r.grade(), "still 优 after the deduction");
            assertAmount("96", r.selfReportedTotal());
            assertAmount("1.89", r.selfTotalDifference());
            assertEquals(List.of(Flag.SELF_SCORE_INFLATED), flagCodes(r.flags(), null));
            assertTrue(flagCodes(r.flags(), "预算执行").isEmpty());
            assertTrue(flagCodes(r.flags(), "产出指标").isEmpty());
        }

        @Test
        void provincialBandedTableDeductsTheWholeIndicator() {
            SeedFixtures.Seed seed = SeedFixtures.seed002(SeedFixtures.seed002AdjustmentAsBands());
            ScoreResult r = ScoringEngine.score(seed.framework(), seed.inputs(), GradeScheme.NATIONAL, seed.reported());
            assertEquals("0.00", node(r, "预算调整率").score().toPlainString());
            assertEquals("实际 95.23% > 30% → 0.00", node(r, "预算调整率").explanation());
            assertAmount("18.00", node(r, "投入管理").score());
            assertAmount("94.00", r.total());
            assertEquals(List.of(Flag.SELF_SCORE_INFLATED), flagCodes(r.flags(), "投入管理"));
            assertEquals(List.of(Flag.SELF_SCORE_INFLATED), flagCodes(r.flags(), null));
        }

        @Test
        void reportedTotalAboveTheSumOfItsCategoriesIsNotHidden() {
            List<Flag> flags = ConsistencyChecks.checkReportedTable("各项指标得分情况表", List.of(
                    new ReportedRow("预算执行", d("10"), d("10")), new ReportedRow("投入管理", d("20"), d("20")),
                    new ReportedRow("产出指标", d("40"), d("36")), new ReportedRow("效益指标", d("30"), d("30"))),
                    d("100"), d("96"));
            assertTrue(flags.isEmpty(), "the printed table itself adds up: only recomputation exposes it");
        }
    }

    // ------------------------------------------------------------------------------------------------ re-scaling

    private static List<IndicatorNode> twoGroups() {
        LeafRule ratio = LeafRule.of(ScoringMethod.RATIO_AT_LEAST, d("10"), "个");
        return List.of(
                IndicatorNode.branch("A", "A", d("60"), List.of(
                        IndicatorNode.leaf("a1", "a1", d("50"), ratio),
                        IndicatorNode.leaf("a2", "a2", d("10"), ratio))),
                IndicatorNode.branch("B", "B", d("40"), List.of(
                        IndicatorNode.leaf("b1", "b1", d("40"), ratio))));
    }

    @Test
    void notApplicableLeafIsDroppedAndTheTotalRescaled() {
        Map<String, LeafInput> inputs = Map.of(
                "a1", LeafInput.value("a1", d("5")),
                "a2", LeafInput.notApplicable("a2", "本年度无此项工作"),
                "b1", LeafInput.value("b1", d("10")));
        ScoreResult r = ScoringEngine.score(twoGroups(), inputs, GradeScheme.NATIONAL);
        assertTrue(r.rescaled());
        assertAmount("65.00", r.rawTotal());
        assertAmount("90", r.applicableWeight());
        assertEquals("72.22", r.total().toPlainString(), "65 × 100 / 90");
        assertEquals("1.111111", r.rescaleFactor().toPlainString());
        assertEquals("中", r.grade());
        ScoredNode a2 = node(r, "a2");
        assertAmount("0", a2.weight());
        assertNull(a2.scoreRate());
        assertEquals(List.of(Flag.NOT_APPLICABLE_RESCALED), flagCodes(a2.flags(), "a2"));
        assertAmount("50", node(r, "A").weight());
        assertEquals("25.00 = 25.00（1 项不适用已剔除）", node(r, "A").explanation());
        assertEquals(List.of(Flag.NOT_APPLICABLE_RESCALED), flagCodes(r.flags(), null));
        assertTrue(r.explanation().contains("折算 65.00 × 100 / 90.00 = 72.22"), r.explanation());
    }

    @Test
    void fullMarksStayExactlyOneHundredAfterRescaling() {
        LeafRule ratio = LeafRule.of(ScoringMethod.RATIO_AT_LEAST, d("1"), null);
        List<IndicatorNode> top = List.of(
                IndicatorNode.leaf("x", "x", d("33.33"), ratio),
                IndicatorNode.leaf("y", "y", d("33.33"), ratio),
                IndicatorNode.leaf("z", "z", d("33.34"), ratio));
        ScoreResult r = ScoringEngine.score(top, Map.of("x", LeafInput.value("x", d("1")),
                "y", LeafInput.value("y", d("1")), "z", LeafInput.notApplicable("z", null)), GradeScheme.NATIONAL);
        assertEquals("100.00", r.total().toPlainString());
    }

    @Test
    void everythingNotApplicableIsRefused() {
        List<IndicatorNode> top = twoGroups();
        Map<String, LeafInput> inputs = Map.of("a1", LeafInput.notApplicable("a1", null),
                "a2", LeafInput.notApplicable("a2", null), "b1", LeafInput.notApplicable("b1", null));
        assertError(refused(top, inputs), "inputs", "ALL_NOT_APPLICABLE");
    }

    // ---------------------------------------------------------------------------------------------- invalid input

    @Test
    void unknownLeafCodeAndBranchCodeAreRefused() {
        Map<String, LeafInput> inputs = new HashMap<>(Map.of(
                "a1", LeafInput.value("a1", d("5")), "a2", LeafInput.value("a2", d("5")),
                "b1", LeafInput.value("b1", d("5")), "zz", LeafInput.value("zz", d("1")),
                "A", LeafInput.value("A", d("1"))));
        ScoringInputException e = refused(twoGroups(), inputs);
        assertError(e, "inputs[zz]", "UNKNOWN_LEAF");
        assertError(e, "inputs[A]", "NOT_A_LEAF");
        assertEquals(2, e.errors().size(), e.errors().toString());
    }

    @Test
    void missingInputIsRefusedNotScoredZero() {
        ScoringInputException e = refused(twoGroups(),
                Map.of("a1", LeafInput.value("a1", d("5")), "b1", LeafInput.value("b1", d("5"))));
        assertError(e, "inputs[a2]", "MISSING_INPUT");
    }

    @Test
    void manualScoreProblemsNameTheField() {
        List<IndicatorNode> top = SeedFixtures.seed004().framework();
        Map<String, LeafInput> inputs = new LinkedHashMap<>(SeedFixtures.seed004().inputs());
        inputs.put("新增就业岗位", LeafInput.manual(null, d("3"), "酌情"));
        inputs.put("新增养老床位", LeafInput.manual(null, d("1"), " "));
        inputs.put("涉军群体慰问", LeafInput.manual(null, d("-1"), "酌情"));
        ScoringInputException e = refused(top, inputs);
        assertError(e, "inputs[新增就业岗位].manualScore", "MANUAL_SCORE_ABOVE_WEIGHT");
        assertError(e, "inputs[新增养老床位].reason", "REASON_REQUIRED");
        assertError(e, "inputs[涉军群体慰问].manualScore", "NEGATIVE_VALUE");
        assertEquals(3, e.errors().size(), e.errors().toString());
        assertTrue(e.getMessage().contains("inputs[新增就业岗位].manualScore"), e.getMessage());
    }

    @Test
    void weightsThatDoNotSumAreRefused() {
        LeafRule ratio = LeafRule.of(ScoringMethod.RATIO_AT_LEAST, d("10"), null);
        List<IndicatorNode> top = List.of(
                IndicatorNode.branch("A", "A", d("60"), List.of(IndicatorNode.leaf("a1", "a1", d("50"), ratio))),
                IndicatorNode.leaf("b1", "b1", d("45"), ratio));
        ScoringInputException e = refused(top, Map.of("a1", LeafInput.value("a1", d("1")), "b1", LeafInput.value("b1", d("1"))));
        assertError(e, "indicators[A].weight", Flag.WEIGHTS_DO_NOT_SUM);
        assertError(e, "indicators", Flag.TOP_LEVEL_NOT_100);
    }

    @Test
    void negativeValuesAndMissingValuesAreRefused() {
        Map<String, LeafInput> inputs = Map.of(
                "a1", LeafInput.value("a1", d("-1")),
                "a2", new LeafInput("a2", InputState.VALUE, null, null, null, null, null, null, null),
                "b1", LeafInput.value("b1", d("1")).withSelfReportedScore(d("-2")));
        ScoringInputException e = refused(twoGroups(), inputs);
        assertError(e, "inputs[a1].actual", "NEGATIVE_VALUE");
        assertError(e, "inputs[a2].actual", "REQUIRED");
        assertError(e, "inputs[b1].selfReportedScore", "NEGATIVE_VALUE");
    }

    @Test
    void malformedTreeIsRefused() {
        LeafRule ratio = LeafRule.of(ScoringMethod.RATIO_AT_LEAST, d("10"), null);
        List<IndicatorNode> top = List.of(
                IndicatorNode.leaf("a", "a", d("50"), null),
                IndicatorNode.leaf("a", "dup", d("25"), ratio),
                new IndicatorNode("c", "c", d("25"), List.of(IndicatorNode.leaf("c1", "c1", d("25.001"), ratio)), ratio));
        ScoringInputException e = refused(top, Map.of("a", LeafInput.value("a", d("1"))));
        assertError(e, "indicators[a].rule", "REQUIRED");
        assertError(e, "indicators[a].code", "DUPLICATE_CODE");
        assertError(e, "indicators[c].rule", "RULE_ON_BRANCH");
        assertError(e, "indicators[c1].weight", "TOO_MANY_DECIMALS");
    }

    @Test
    void invalidGradeSchemeIsRefused() {
        SeedFixtures.Seed seed = SeedFixtures.seed001();
        GradeScheme bad = new GradeScheme("X", "x", List.of(new GradeBand("差", d("10"))));
        ScoringInputException e = assertThrows(ScoringInputException.class,
                () -> ScoringEngine.score(seed.framework(), seed.inputs(), bad));
        assertError(e, "gradeScheme.bands[0].lowerInclusive", "FIRST_BAND_NOT_ZERO");
    }

    @Test
    void reportedScoresForUnknownNodesAreRefused() {
        SeedFixtures.Seed seed = SeedFixtures.seed001();
        ScoringInputException e = assertThrows(ScoringInputException.class, () -> ScoringEngine.score(seed.framework(),
                seed.inputs(), GradeScheme.NATIONAL, new ReportedScores(Map.of("不存在", d("1")), d("-1"))));
        assertError(e, "reported[不存在]", "UNKNOWN_NODE");
        assertError(e, "reported.total", "NEGATIVE_VALUE");
    }

    @Test
    void selfScoreBelowTheRecomputedOneIsFlaggedAsDiffering() {
        SeedFixtures.Seed seed = SeedFixtures.seed001();
        ScoreResult r = ScoringEngine.score(seed.framework(), seed.inputs(), GradeScheme.NATIONAL,
                new ReportedScores(Map.of("运行成本", d("4")), d("84.54")));
        assertEquals(List.of(Flag.SELF_SCORE_DIFFERS), flagCodes(r.flags(), "运行成本"));
        assertEquals(List.of(Flag.SELF_SCORE_DIFFERS), flagCodes(r.flags(), null));
        assertAmount("-1", node(r, "运行成本").selfScoreDifference());
        assertAmount("-1.00", r.selfTotalDifference());
    }

    // -------------------------------------------------------------------------------------------------- properties

    /** Random trees of random methods and states: every law of SCORING.md §2 holds on every node. */
    @Test
    void randomTreesKeepEveryScoreWithinItsWeightAndEveryNodeTheSumOfItsChildren() {
        Random random = new Random(20240611L);
        for (int c = 0; c < 1000; c++) {
            RandomTree tree = RandomTree.generate(random, false);
            ScoreResult r;
            try {
                r = ScoringEngine.score(tree.top, tree.inputs, GradeScheme.NATIONAL);
            } catch (ScoringInputException e) {
                if (e.errors().size() == 1 && e.errors().get(0).code().equals("ALL_NOT_APPLICABLE")) {
                    continue;
                }
                throw new AssertionError("case " + c + ": " + e.getMessage(), e);
            }
            assertTrue(r.total().signum() >= 0 && r.total().compareTo(d("100")) <= 0, "case " + c + " total " + r.total());
            assertTrue(ConsistencyChecks.checkScoredTree(r.nodes()).isEmpty(),
                    "case " + c + ": " + ConsistencyChecks.checkScoredTree(r.nodes()));
            BigDecimal raw = BigDecimal.ZERO;
            BigDecimal applicable = BigDecimal.ZERO;
            for (ScoredNode n : r.nodes()) {
                raw = raw.add(n.score());
                applicable = applicable.add(n.weight());
                assertLeavesHaveTwoDecimals(n);
            }
            assertEquals(0, raw.compareTo(r.rawTotal()), "case " + c);
            assertEquals(0, applicable.compareTo(r.applicableWeight()), "case " + c);
            assertEquals(r.rescaled(), applicable.compareTo(d("100")) != 0, "case " + c);
            assertEquals(GradeScheme.NATIONAL.gradeFor(r.total()), r.grade());
        }
    }

    /** With every applicable leaf at full marks, dropping any 不适用 leaves still gives exactly 100. */
    @Test
    void rescalingKeepsTheMaximumAtOneHundred() {
        Random random = new Random(7L);
        int rescaledCases = 0;
        for (int c = 0; c < 1000; c++) {
            RandomTree tree = RandomTree.generate(random, true);
            ScoreResult r;
            try {
                r = ScoringEngine.score(tree.top, tree.inputs, GradeScheme.JIAYUGUAN);
            } catch (ScoringInputException e) {
                continue; // everything not applicable
            }
            assertEquals("100.00", r.total().toPlainString(), "case " + c + ": " + r.explanation());
            assertEquals("优秀", r.grade());
            if (r.rescaled()) {
                rescaledCases++;
            }
        }
        assertTrue(rescaledCases > 100, "the generator must exercise re-scaling, did " + rescaledCases);
    }

    private static void assertLeavesHaveTwoDecimals(ScoredNode n) {
        assertEquals(2, n.score().scale(), n.code());
        for (ScoredNode c : n.children()) {
            assertLeavesHaveTwoDecimals(c);
        }
    }

    /** A random, valid framework and inputs. */
    static final class RandomTree {
        final List<IndicatorNode> top = new ArrayList<>();
        final Map<String, LeafInput> inputs = new HashMap<>();
        private final Random random;
        private final boolean fullMarks;
        private int next;

        private RandomTree(Random random, boolean fullMarks) {
            this.random = random;
            this.fullMarks = fullMarks;
        }

        static RandomTree generate(Random random, boolean fullMarks) {
            RandomTree t = new RandomTree(random, fullMarks);
            for (BigDecimal w : t.split(d("100"), 1 + random.nextInt(7))) {
                t.top.add(t.node(w, 0));
            }
            return t;
        }

        /** Splits a 2-decimal weight into n 2-decimal parts (some may be 0). */
        private List<BigDecimal> split(BigDecimal total, int n) {
            long cents = total.movePointRight(2).longValueExact();
            long[] cuts = new long[n + 1];
            cuts[n] = cents;
            for (int i = 1; i < n; i++) {
                cuts[i] = (long) (random.nextDouble() * cents);
            }
            java.util.Arrays.sort(cuts);
            List<BigDecimal> parts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                parts.add(BigDecimal.valueOf(cuts[i + 1] - cuts[i], 2));
            }
            return parts;
        }

        private IndicatorNode node(BigDecimal weight, int depth) {
            String code = "n" + next++;
            if (depth < 3 && random.nextInt(3) > 0) {
                List<IndicatorNode> kids = new ArrayList<>();
                for (BigDecimal w : split(weight, 1 + random.nextInt(4))) {
                    kids.add(node(w, depth + 1));
                }
                return IndicatorNode.branch(code, code, weight, kids);
            }
            ScoringMethod method = ScoringMethod.values()[random.nextInt(ScoringMethod.values().length)];
            LeafRule rule = ruleFor(method, weight);
            inputs.put(code, inputFor(code, method, rule, weight));
            return IndicatorNode.leaf(code, code, weight, rule);
        }

        private BigDecimal amount() {
            return BigDecimal.valueOf(random.nextInt(20000), random.nextInt(3));
        }

        private LeafRule ruleFor(ScoringMethod method, BigDecimal w) {
            return switch (method) {
                case RATIO_AT_LEAST, RATIO_AT_MOST, EQUALS -> LeafRule.of(method, amount(), null);
                case SATISFACTION -> LeafRule.of(method, BigDecimal.valueOf(random.nextInt(101)), "%");
                case RANK_WITHIN -> LeafRule.of(method, BigDecimal.valueOf(1 + random.nextInt(5)), null);
                case EXECUTION_RATE -> LeafRule.of(method, random.nextBoolean() ? amount() : null, null);
                case GRADE -> new LeafRule(method, null, null, null, random.nextBoolean() ? null
                        : MethodParameters.grades(MethodParameters.ACHIEVEMENT_GRADES));
                case BANDED -> new LeafRule(method, null, null, "%", MethodParameters.bands(List.of(
                        new ValueBand(d("0"), w), new ValueBand(d("10"), w.divide(d("2"), 2, java.math.RoundingMode.DOWN)),
                        new ValueBand(d("30"), d("0"))), null));
                case DEDUCTION -> new LeafRule(method, null, null, null,
                        MethodParameters.deduction(BigDecimal.valueOf(random.nextInt(300), 2)));
                case ZERO_TOLERANCE, BINARY, MANUAL -> LeafRule.of(method, null, null);
            };
        }

        private LeafInput inputFor(String code, ScoringMethod method, LeafRule rule, BigDecimal w) {
            int dice = random.nextInt(10);
            if (dice == 0) {
                return LeafInput.notApplicable(code, null);
            }
            if (!fullMarks && dice == 1) {
                return LeafInput.dataUnavailable(code, null);
            }
            if (method == ScoringMethod.MANUAL || (!fullMarks && dice == 2)) {
                BigDecimal manual = fullMarks ? w : w.multiply(BigDecimal.valueOf(random.nextInt(101)))
                        .divide(d("100"), 2, java.math.RoundingMode.DOWN);
                boolean numericActual = switch (method) {
                    case RATIO_AT_LEAST, RATIO_AT_MOST, EQUALS, ZERO_TOLERANCE, EXECUTION_RATE, BANDED -> true;
                    default -> false;
                };
                return new LeafInput(code, InputState.MANUAL, numericActual && random.nextBoolean() ? amount() : null,
                        null, null, manual, "随机", null, null);
            }
            BigDecimal t = rule.target();
            return switch (method) {
                case RATIO_AT_LEAST -> LeafInput.value(code, fullMarks ? t.add(BigDecimal.ONE) : amount());
                case RATIO_AT_MOST -> LeafInput.value(code, fullMarks ? t : amount());
                case EQUALS -> LeafInput.value(code, fullMarks ? t : amount());
                case ZERO_TOLERANCE -> LeafInput.value(code, fullMarks ? BigDecimal.ZERO : BigDecimal.valueOf(random.nextInt(3)));
                case RANK_WITHIN -> LeafInput.value(code, fullMarks ? BigDecimal.ONE : BigDecimal.valueOf(1 + random.nextInt(8)));
                case BINARY -> LeafInput.achieved(code, fullMarks || random.nextBoolean());
                case GRADE -> {
                    Map<String, BigDecimal> table = rule.parameters().gradeTableInForce();
                    List<String> labels = new ArrayList<>(table.keySet());
                    yield LeafInput.grade(code, fullMarks ? labels.get(0) : labels.get(random.nextInt(labels.size())));
                }
                case EXECUTION_RATE -> LeafInput.value(code, fullMarks ? (t == null ? d("100") : t) : amount());
                case BANDED -> LeafInput.value(code, fullMarks ? BigDecimal.ZERO : BigDecimal.valueOf(random.nextInt(5000), 2));
                case DEDUCTION -> LeafInput.value(code, fullMarks ? BigDecimal.ZERO : BigDecimal.valueOf(random.nextInt(6)));
                case SATISFACTION -> {
                    int valid = fullMarks ? 10 : random.nextInt(60);
                    int satisfied = fullMarks ? 10 : (valid == 0 ? 0 : random.nextInt(valid + 1));
                    yield LeafInput.survey(code, new SurveyResult("居民", valid + random.nextInt(5), valid, satisfied));
                }
                case MANUAL -> throw new IllegalStateException();
            };
        }
    }

    // ------------------------------------------------------------------------------------------------- throughput

    /**
     * A smoke check of the hot path: seed 004's 55 leaves scored over and over, as a server scores many evaluations.
     * The lead's benchmark demands 1,000,000 leaves per second on one core (a warmed-up run here does about 3,000,000);
     * this machine is shared and the JIT barely warm within a test, so the bar here is a tenth of that.
     */
    @Test
    void scoresAtLeastOneHundredThousandLeavesPerSecond() {
        SeedFixtures.Seed seed = SeedFixtures.seed004();
        int evaluations = 4000;
        int leavesPerEvaluation = seed.inputs().size();
        for (int warm = 0; warm < 5; warm++) {
            scoreRepeatedly(seed, evaluations);
        }
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            scoreRepeatedly(seed, evaluations);
            best = Math.min(best, System.nanoTime() - start);
        }
        double perSecond = (double) evaluations * leavesPerEvaluation * 1e9 / best;
        System.out.printf("scoring engine: %.0f leaves/s%n", perSecond);
        assertTrue(perSecond >= 100_000, "only " + (long) perSecond + " leaves/s");
    }

    private static void scoreRepeatedly(SeedFixtures.Seed seed, int times) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < times; i++) {
            sum = sum.add(ScoringEngine.score(seed.framework(), seed.inputs(), GradeScheme.NATIONAL).total());
        }
        if (sum.compareTo(d("90.66").multiply(BigDecimal.valueOf(times))) != 0) {
            fail("unexpected total " + sum);
        }
    }
}
