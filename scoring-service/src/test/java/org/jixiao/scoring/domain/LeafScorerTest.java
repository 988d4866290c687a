package org.jixiao.scoring.domain;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.jixiao.scoring.domain.SeedFixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LeafScorerTest {

    static IndicatorNode leaf(String weight, LeafRule rule) {
        return IndicatorNode.leaf("L", "指标", d(weight), rule);
    }

    static LeafRule rule(ScoringMethod method, String target, String unit) {
        return LeafRule.of(method, target == null ? null : d(target), unit);
    }

    static ScoredNode score(String weight, LeafRule rule, LeafInput input) {
        return LeafScorer.score(leaf(weight, rule), input);
    }

    static ScoredNode value(String weight, ScoringMethod method, String target, String actual) {
        return score(weight, rule(method, target, null), LeafInput.value("L", d(actual)));
    }

    static String scoreOf(String weight, ScoringMethod method, String target, String actual) {
        return value(weight, method, target, actual).score().toPlainString();
    }

    static ScoringInputException refused(String weight, LeafRule rule, LeafInput input) {
        return assertThrows(ScoringInputException.class, () -> score(weight, rule, input));
    }

    static void assertRefused(String weight, LeafRule rule, LeafInput input, String field, String code) {
        ScoringInputException e = refused(weight, rule, input);
        assertTrue(e.errors().stream().anyMatch(err -> err.field().equals(field) && err.code().equals(code)),
                "expected " + field + " " + code + " in " + e.errors());
    }

    static List<String> flagCodes(ScoredNode n) {
        return n.flags().stream().map(Flag::code).toList();
    }

    @Nested
    class RatioAtLeast {
        @Test
        void metOrExceededGivesFullMarks() {
            ScoredNode n = score("1", rule(ScoringMethod.RATIO_AT_LEAST, "80", "%"), LeafInput.value("L", d("82")));
            assertEquals("1.00", n.score().toPlainString());
            assertEquals("实际 82% ≥ 目标 80% → 满分 1.00", n.explanation());
            assertEquals("100.00", n.scoreRate().toPlainString());
            assertEquals("2.50", scoreOf("2.5", ScoringMethod.RATIO_AT_LEAST, "800", "800"));
        }

        @Test
        void shortfallIsProportional() {
            ScoredNode n = value("2.5", ScoringMethod.RATIO_AT_LEAST, "800", "210");
            assertEquals("0.66", n.score().toPlainString());
            assertEquals("2.5 × 210 / 800 = 0.66", n.explanation());
            assertEquals("26.40", n.scoreRate().toPlainString());
        }

        @Test
        void roundsHalfUpNotHalfEven() {
            assertEquals("0.13", scoreOf("1", ScoringMethod.RATIO_AT_LEAST, "8", "1"), "1/8 = 0.125");
            assertEquals("0.63", scoreOf("1", ScoringMethod.RATIO_AT_LEAST, "8", "5"), "5/8 = 0.625");
        }

        @Test
        void actualZeroScoresZero() {
            assertEquals("0.00", scoreOf("2", ScoringMethod.RATIO_AT_LEAST, "50", "0"));
        }

        @Test
        void targetZeroIsAlwaysMet() {
            assertEquals("2.00", scoreOf("2", ScoringMethod.RATIO_AT_LEAST, "0", "0"));
            assertEquals("2.00", scoreOf("2", ScoringMethod.RATIO_AT_LEAST, "0", "3"));
        }

        @Test
        void missingOrNegativeValuesAreRefused() {
            LeafRule r = rule(ScoringMethod.RATIO_AT_LEAST, "80", "%");
            assertRefused("1", r, new LeafInput("L", InputState.VALUE, null, null, null, null, null, null, null),
                    "inputs[L].actual", "REQUIRED");
            assertRefused("1", r, LeafInput.value("L", d("-1")), "inputs[L].actual", "NEGATIVE_VALUE");
            assertRefused("1", rule(ScoringMethod.RATIO_AT_LEAST, null, null), LeafInput.value("L", d("1")),
                    "indicators[L].rule.target", "REQUIRED");
            assertRefused("1", rule(ScoringMethod.RATIO_AT_LEAST, "-5", null), LeafInput.value("L", d("1")),
                    "indicators[L].rule.target", "NEGATIVE_VALUE");
        }
    }

    @Nested
    class RatioAtMost {
        @Test
        void withinTheCeilingGivesFullMarks() {
            ScoredNode n = score("1", rule(ScoringMethod.RATIO_AT_MOST, "10", "人次"), LeafInput.value("L", d("8")));
            assertEquals("1.00", n.score().toPlainString());
            assertEquals("实际 8人次 ≤ 目标 10人次 → 满分 1.00", n.explanation());
            assertEquals("1.00", scoreOf("1", ScoringMethod.RATIO_AT_MOST, "10", "10"));
            assertEquals("1.00", scoreOf("1", ScoringMethod.RATIO_AT_MOST, "10", "0"));
        }

        @Test
        void overTheCeilingIsInverselyProportional() {
            ScoredNode n = value("1", ScoringMethod.RATIO_AT_MOST, "10", "12");
            assertEquals("0.83", n.score().toPlainString());
            assertEquals("1 × 10 / 12 = 0.83", n.explanation());
            assertEquals("0.11", scoreOf("2", ScoringMethod.RATIO_AT_MOST, "5", "95.23"));
        }

        @Test
        void zeroCeilingZeroActualIsNoOverspend() {
            assertEquals("1.00", scoreOf("1", ScoringMethod.RATIO_AT_MOST, "0", "0"));
            assertEquals("0.00", scoreOf("1", ScoringMethod.RATIO_AT_MOST, "0", "5"));
        }
    }

    @Nested
    class Equals {
        @Test
        void exactHitGivesFullMarks() {
            ScoredNode n = score("1.5", rule(ScoringMethod.EQUALS, "2", "座"), LeafInput.value("L", d("2.0")));
            assertEquals("1.50", n.score().toPlainString());
            assertEquals("实际 2座 = 目标 2座 → 满分 1.50", n.explanation());
        }

        @Test
        void eitherSideOfTheTargetIsMinOverMax() {
            ScoredNode over = score("1.5", rule(ScoringMethod.EQUALS, "2", "座"), LeafInput.value("L", d("3")));
            assertEquals("1.00", over.score().toPlainString());
            assertEquals("实际 3座 ≠ 目标 2座：1.5 × 2 / 3 = 1.00", over.explanation());
            assertEquals("0.75", scoreOf("1.5", ScoringMethod.EQUALS, "2", "1"));
        }

        @Test
        void zeroOnEitherSide() {
            assertEquals("1.50", scoreOf("1.5", ScoringMethod.EQUALS, "0", "0"));
            assertEquals("0.00", scoreOf("1.5", ScoringMethod.EQUALS, "0", "3"));
            assertEquals("0.00", scoreOf("1.5", ScoringMethod.EQUALS, "2", "0"));
        }
    }

    @Nested
    class ZeroTolerance {
        @ParameterizedTest
        @CsvSource({"0, 1.50", "0.00, 1.50", "1, 0.00", "0.5, 0.00", "12, 0.00"})
        void onlyZeroScores(String actual, String expected) {
            assertEquals(expected, scoreOf("1.5", ScoringMethod.ZERO_TOLERANCE, null, actual));
        }

        @Test
        void explanationNamesTheCount() {
            ScoredNode n = score("1.5", rule(ScoringMethod.ZERO_TOLERANCE, "0", "起"), LeafInput.value("L", d("2")));
            assertEquals("实际 2起 ≠ 0 → 0.00", n.explanation());
        }
    }

    @Nested
    class RankWithin {
        @ParameterizedTest
        @CsvSource({"1, 2.00", "3, 2.00", "4, 0.00", "17, 0.00"})
        void rankAgainstTheTarget(String rank, String expected) {
            assertEquals(expected, scoreOf("2", ScoringMethod.RANK_WITHIN, "3", rank));
        }

        @Test
        void rankLimitParameterOverridesTheTarget() {
            LeafRule r = new LeafRule(ScoringMethod.RANK_WITHIN, d("3"), "前五", null, MethodParameters.rankWithin(5));
            ScoredNode n = score("2", r, LeafInput.value("L", d("5")));
            assertEquals("2.00", n.score().toPlainString());
            assertEquals("排名第 5 ≤ 前 5 → 满分 2.00", n.explanation());
        }

        @Test
        void onlyKnowingWhetherWithinTheTopN() {
            LeafRule r = new LeafRule(ScoringMethod.RANK_WITHIN, null, "全区前三", null, MethodParameters.rankWithin(3));
            assertEquals("0.00", score("2", r, LeafInput.achieved("L", false)).score().toPlainString());
            assertEquals("进入前 3 → 满分 2.00", score("2", r, LeafInput.achieved("L", true)).explanation());
        }

        @Test
        void invalidRanksAndLimitsAreRefused() {
            LeafRule r = rule(ScoringMethod.RANK_WITHIN, "3", null);
            assertRefused("2", r, LeafInput.value("L", d("0")), "inputs[L].actual", "INVALID_RANK");
            assertRefused("2", r, LeafInput.value("L", d("2.5")), "inputs[L].actual", "INVALID_RANK");
            assertRefused("2", r, LeafInput.value("L", null), "inputs[L].actual", "REQUIRED");
            assertRefused("2", rule(ScoringMethod.RANK_WITHIN, "2.5", null), LeafInput.value("L", d("1")),
                    "indicators[L].rule.target", "INVALID_RANK");
            assertRefused("2", rule(ScoringMethod.RANK_WITHIN, null, null), LeafInput.value("L", d("1")),
                    "indicators[L].rule.parameters.rankLimit", "REQUIRED");
            assertRefused("2", new LeafRule(ScoringMethod.RANK_WITHIN, null, null, null, MethodParameters.rankWithin(0)),
                    LeafInput.value("L", d("1")), "indicators[L].rule.parameters.rankLimit", "INVALID_RANK");
        }
    }

    @Nested
    class Binary {
        @Test
        void achievedOrNot() {
            LeafRule r = new LeafRule(ScoringMethod.BINARY, null, "通过考核", null, null);
            ScoredNode yes = score("1.5", r, LeafInput.achieved("L", true));
            assertEquals("1.50", yes.score().toPlainString());
            assertEquals("目标「通过考核」达成 → 满分 1.50", yes.explanation());
            assertEquals("0.00", score("1.5", r, LeafInput.achieved("L", false)).score().toPlainString());
            assertEquals("达成 → 满分 1.50", score("1.5", rule(ScoringMethod.BINARY, null, null),
                    LeafInput.achieved("L", true)).explanation());
        }

        @Test
        void missingAnswerIsRefused() {
            assertRefused("1", rule(ScoringMethod.BINARY, null, null), LeafInput.value("L", d("1")),
                    "inputs[L].achieved", "REQUIRED");
        }
    }

    @Nested
    class Grade {
        @ParameterizedTest
        @CsvSource({"优, 2.00", "良, 1.60", "中, 1.20", "低, 0.80", "差, 0.00", "' 良 ', 1.60"})
        void defaultFiveLevelTable(String grade, String expected) {
            assertEquals(expected, score("2", rule(ScoringMethod.GRADE, null, null), LeafInput.grade("L", grade))
                    .score().toPlainString());
        }

        @Test
        void explanationShowsTheFraction() {
            assertEquals("等级 良 → 2.5 × 0.8 = 2.00",
                    score("2.5", rule(ScoringMethod.GRADE, null, null), LeafInput.grade("L", "良")).explanation());
        }

        @Test
        void otherTables() {
            LeafRule hml = new LeafRule(ScoringMethod.GRADE, null, null, null,
                    MethodParameters.grades(MethodParameters.HIGH_MEDIUM_LOW_GRADES));
            assertEquals("1.20", score("2", hml, LeafInput.grade("L", "中")).score().toPlainString());
            LeafRule achievement = new LeafRule(ScoringMethod.GRADE, null, null, null,
                    MethodParameters.grades(MethodParameters.ACHIEVEMENT_GRADES));
            assertEquals("1.50", score("3", achievement, LeafInput.grade("L", "部分达成")).score().toPlainString());
            assertEquals("0.00", score("3", achievement, LeafInput.grade("L", "未达成")).score().toPlainString());
            Map<String, BigDecimal> custom = new LinkedHashMap<>();
            custom.put("A", d("1"));
            custom.put("B", d("0.75"));
            LeafRule customRule = new LeafRule(ScoringMethod.GRADE, null, null, null, MethodParameters.grades(custom));
            assertEquals("0.75", score("1", customRule, LeafInput.grade("L", "B")).score().toPlainString());
        }

        @Test
        void unknownGradeIsRefusedNamingTheChoices() {
            ScoringInputException e = refused("1", rule(ScoringMethod.GRADE, null, null), LeafInput.grade("L", "较好"));
            assertEquals("inputs[L].grade", e.errors().get(0).field());
            assertEquals("UNKNOWN_GRADE", e.errors().get(0).code());
            assertTrue(e.errors().get(0).message().contains("优、良、中、低、差"), e.errors().get(0).message());
            assertRefused("1", new LeafRule(ScoringMethod.GRADE, null, null, null,
                    MethodParameters.grades(MethodParameters.ACHIEVEMENT_GRADES)), LeafInput.grade("L", "优"),
                    "inputs[L].grade", "UNKNOWN_GRADE");
            assertRefused("1", rule(ScoringMethod.GRADE, null, null), LeafInput.grade("L", " "),
                    "inputs[L].grade", "REQUIRED");
        }

        @Test
        void fractionsOutsideZeroToOneAreRefused() {
            LeafRule r = new LeafRule(ScoringMethod.GRADE, null, null, null, MethodParameters.grades(Map.of("优", d("1.2"))));
            assertRefused("1", r, LeafInput.grade("L", "优"), "indicators[L].rule.parameters.gradeTable[优]",
                    "FRACTION_OUT_OF_RANGE");
            assertRefused("1", new LeafRule(ScoringMethod.GRADE, null, null, null, MethodParameters.grades(Map.of())),
                    LeafInput.grade("L", "优"), "indicators[L].rule.parameters.gradeTable", "REQUIRED");
        }
    }

    @Nested
    class ExecutionRate {
        @Test
        void fullExecutionAsTheSeedPrintsIt() {
            ScoredNode n = value("20", ScoringMethod.EXECUTION_RATE, "13581.29", "13581.29");
            assertEquals("20.00", n.score().toPlainString());
            assertEquals("20 × 13581.29 / 13581.29 = 20.00", n.explanation());
        }

        @Test
        void overExecutionIsCappedAtTheWeight() {
            ScoredNode n = value("20", ScoringMethod.EXECUTION_RATE, "552.45", "667.92");
            assertEquals("20.00", n.score().toPlainString());
            assertEquals("20 × min(667.92 / 552.45, 1) = 20.00", n.explanation());
        }

        @Test
        void underExecutionIsProportional() {
            assertEquals("18.00", scoreOf("20", ScoringMethod.EXECUTION_RATE, "10000", "9000"));
            assertEquals("0.00", scoreOf("20", ScoringMethod.EXECUTION_RATE, "10000", "0"));
        }

        @Test
        void withoutABudgetAmountTheActualIsAPercent() {
            ScoredNode n = value("20", ScoringMethod.EXECUTION_RATE, null, "95.5");
            assertEquals("19.10", n.score().toPlainString());
            assertEquals("20 × 95.5% = 19.10", n.explanation());
            assertEquals("20.00", scoreOf("20", ScoringMethod.EXECUTION_RATE, null, "120.90"));
        }

        @Test
        void zeroBudgetHasNothingToExecute() {
            assertEquals("20.00", scoreOf("20", ScoringMethod.EXECUTION_RATE, "0", "0"));
        }
    }

    @Nested
    class Banded {
        /** SCORING.md's provincial 预算调整率 table: 0 → 3; ≤10% → 2; ≤20% → 1; ≤30% → 0.5; >30% → 0. */
        final LeafRule provincial = new LeafRule(ScoringMethod.BANDED, null, null, "%", MethodParameters.bands(List.of(
                new ValueBand(d("0"), d("3")), new ValueBand(d("10"), d("2")), new ValueBand(d("20"), d("1")),
                new ValueBand(d("30"), d("0.5"))), null));

        @ParameterizedTest
        @CsvSource({"0, 3.00", "0.01, 2.00", "10, 2.00", "10.00, 2.00", "10.01, 1.00", "20, 1.00", "20.5, 0.50",
                "30, 0.50", "30.01, 0.00", "95.23, 0.00"})
        void edgesAreInclusiveUpperBounds(String actual, String expected) {
            assertEquals(expected, score("3", provincial, LeafInput.value("L", d(actual))).score().toPlainString());
        }

        @Test
        void explanationNamesTheBand() {
            assertEquals("实际 10% ≤ 10% → 2.00", score("3", provincial, LeafInput.value("L", d("10"))).explanation());
            assertEquals("实际 95.23% > 30% → 0.00", score("3", provincial, LeafInput.value("L", d("95.23"))).explanation());
        }

        @Test
        void pointsAboveTheLastBandAreConfigurable() {
            LeafRule r = new LeafRule(ScoringMethod.BANDED, null, null, null, MethodParameters.bands(List.of(
                    new ValueBand(d("5"), d("0"))), d("1")));
            assertEquals("0.00", score("1", r, LeafInput.value("L", d("5"))).score().toPlainString());
            assertEquals("1.00", score("1", r, LeafInput.value("L", d("6"))).score().toPlainString());
        }

        @Test
        void badTablesAreRefused() {
            LeafInput in = LeafInput.value("L", d("1"));
            assertRefused("3", new LeafRule(ScoringMethod.BANDED, null, null, null, MethodParameters.bands(List.of(
                    new ValueBand(d("10"), d("2")), new ValueBand(d("10"), d("1"))), null)), in,
                    "indicators[L].rule.parameters.bands[1].upperInclusive", "BANDS_NOT_ASCENDING");
            assertRefused("3", new LeafRule(ScoringMethod.BANDED, null, null, null, MethodParameters.bands(List.of(
                    new ValueBand(d("10"), d("4"))), null)), in,
                    "indicators[L].rule.parameters.bands[0].points", "POINTS_OUT_OF_RANGE");
            assertRefused("3", new LeafRule(ScoringMethod.BANDED, null, null, null, MethodParameters.bands(List.of(), null)),
                    in, "indicators[L].rule.parameters.bands", "REQUIRED");
            assertRefused("3", new LeafRule(ScoringMethod.BANDED, null, null, null, MethodParameters.bands(List.of(
                    new ValueBand(d("10"), d("2"))), d("-1"))), in,
                    "indicators[L].rule.parameters.pointsAboveBands", "POINTS_OUT_OF_RANGE");
        }
    }

    @Nested
    class Deduction {
        final LeafRule perViolation = new LeafRule(ScoringMethod.DEDUCTION, null, "合规", null,
                MethodParameters.deduction(d("1")));

        @ParameterizedTest
        @CsvSource({"0, 3.00", "1, 2.00", "2, 1.00", "3, 0.00", "5, 0.00", "100, 0.00"})
        void deductsPerViolationFlooredAtZero(String violations, String expected) {
            assertEquals(expected, score("3", perViolation, LeafInput.value("L", d(violations))).score().toPlainString());
        }

        @Test
        void explanations() {
            assertEquals("3 − 1 × 2 = 1.00", score("3", perViolation, LeafInput.value("L", d("2"))).explanation());
            assertEquals("3 − 1 × 5 < 0 → 0.00", score("3", perViolation, LeafInput.value("L", d("5"))).explanation());
        }

        @Test
        void fractionalDeductions() {
            LeafRule half = new LeafRule(ScoringMethod.DEDUCTION, null, null, null, MethodParameters.deduction(d("0.5")));
            assertEquals("0.50", score("1", half, LeafInput.value("L", d("1"))).score().toPlainString());
        }

        @Test
        void countsMustBeWholeAndTheDeductionConfigured() {
            assertRefused("3", perViolation, LeafInput.value("L", d("1.5")), "inputs[L].actual", "NOT_AN_INTEGER");
            assertRefused("3", rule(ScoringMethod.DEDUCTION, null, null), LeafInput.value("L", d("1")),
                    "indicators[L].rule.parameters.deductionPerViolation", "REQUIRED");
            assertEquals("3.00", score("3", perViolation, LeafInput.value("L", d("0.00"))).score().toPlainString());
        }
    }

    @Nested
    class Satisfaction {
        final LeafRule atLeast80 = rule(ScoringMethod.SATISFACTION, "80", "%");

        @Test
        void surveyAboveTheTargetGivesFullMarks() {
            ScoredNode n = score("0.5", atLeast80, LeafInput.survey("L", new SurveyResult("干部职工", 44, 44, 40)));
            assertEquals("0.50", n.score().toPlainString());
            assertEquals("满意度 40 / 44 = 90.91% ≥ 目标 80% → 满分 0.50", n.explanation());
        }

        @Test
        void surveyBelowTheTargetIsProportionalToThePrintedRate() {
            ScoredNode n = score("0.5", atLeast80, LeafInput.survey("L", new SurveyResult("受益群众", 40, 38, 25)));
            assertEquals("满意度 25 / 38 = 65.79% < 目标 80%：0.5 × 65.79 / 80 = 0.41", n.explanation());
            assertEquals("0.41", n.score().toPlainString());
        }

        @Test
        void noValidResponsesScoresZeroAndIsFlagged() {
            ScoredNode n = score("0.5", atLeast80, LeafInput.survey("L", new SurveyResult("居民", 30, 0, 0)));
            assertEquals("0.00", n.score().toPlainString());
            assertEquals(List.of(Flag.NO_VALID_RESPONSES), flagCodes(n));
        }

        @Test
        void reportedPercent() {
            assertEquals("满意度 90% ≥ 目标 80% → 满分 0.50",
                    score("0.5", atLeast80, LeafInput.value("L", d("90"))).explanation());
            assertEquals("0.25", score("0.5", atLeast80, LeafInput.value("L", d("40"))).score().toPlainString());
            assertEquals("0.50", score("0.5", atLeast80, LeafInput.value("L", d("80"))).score().toPlainString());
        }

        @Test
        void targetZeroOrHundred() {
            assertEquals("0.50", score("0.5", rule(ScoringMethod.SATISFACTION, "0", "%"),
                    LeafInput.value("L", d("0"))).score().toPlainString());
            assertEquals("0.50", score("0.5", rule(ScoringMethod.SATISFACTION, "100", "%"),
                    LeafInput.survey("L", new SurveyResult("居民", 10, 10, 10))).score().toPlainString());
        }

        @Test
        void impossibleSurveysAreRefused() {
            assertRefused("0.5", atLeast80, LeafInput.survey("L", new SurveyResult("居民", 10, 10, 11)),
                    "inputs[L].survey.satisfied", "SATISFIED_ABOVE_VALID");
            assertRefused("0.5", atLeast80, LeafInput.survey("L", new SurveyResult("居民", 10, 12, 1)),
                    "inputs[L].survey.valid", "VALID_ABOVE_ISSUED");
            assertRefused("0.5", atLeast80, LeafInput.survey("L", new SurveyResult("居民", -1, 0, 0)),
                    "inputs[L].survey", "NEGATIVE_VALUE");
            assertRefused("0.5", atLeast80, LeafInput.value("L", d("101")), "inputs[L].actual", "ABOVE_100");
            assertRefused("0.5", atLeast80, LeafInput.value("L", null), "inputs[L].survey", "REQUIRED");
            assertRefused("0.5", rule(ScoringMethod.SATISFACTION, "120", "%"), LeafInput.value("L", d("90")),
                    "indicators[L].rule.target", "ABOVE_100");
        }
    }

    @Nested
    class Manual {
        final LeafRule manual = rule(ScoringMethod.MANUAL, null, null);

        @Test
        void scoreWithReason() {
            ScoredNode n = score("2", manual, LeafInput.manual("L", d("1.5"), "现场核查"));
            assertEquals("1.50", n.score().toPlainString());
            assertEquals("人工评分 1.50（理由：现场核查）", n.explanation());
            assertNull(n.formulaScore());
            assertTrue(n.flags().isEmpty());
            assertEquals("1.50", score("2", manual, new LeafInput("L", InputState.VALUE, null, null, null, d("1.500"),
                    "核查", null, null)).score().toPlainString());
        }

        @Test
        void reasonIsMandatoryAndTheScoreBounded() {
            assertRefused("2", manual, LeafInput.manual("L", d("1"), null), "inputs[L].reason", "REASON_REQUIRED");
            assertRefused("2", manual, LeafInput.manual("L", d("2.01"), "x"), "inputs[L].manualScore", "MANUAL_SCORE_ABOVE_WEIGHT");
            assertRefused("2", manual, LeafInput.manual("L", d("-0.01"), "x"), "inputs[L].manualScore", "NEGATIVE_VALUE");
            assertRefused("2", manual, LeafInput.manual("L", d("1.005"), "x"), "inputs[L].manualScore", "TOO_MANY_DECIMALS");
            assertRefused("2", manual, LeafInput.manual("L", null, "x"), "inputs[L].manualScore", "REQUIRED");
        }

        @Test
        void overrideOfAFormulaKeepsBothAndFlagsTheDifference() {
            LeafRule beds = rule(ScoringMethod.RATIO_AT_LEAST, "50", "张");
            LeafInput in = new LeafInput("L", InputState.MANUAL, d("10"), null, null, d("1"), "酌情", null, null);
            ScoredNode n = score("2", beds, in);
            assertEquals("1.00", n.score().toPlainString());
            assertEquals("0.40", n.formulaScore().toPlainString());
            assertEquals(List.of(Flag.MANUAL_DIFFERS_FROM_FORMULA), flagCodes(n));
            assertEquals("人工评分 1.00（理由：酌情）；按公式 2 × 10 / 50 = 0.40", n.explanation());
        }

        @Test
        void overrideEqualToTheFormulaOrWithoutDataIsNotFlagged() {
            LeafRule beds = rule(ScoringMethod.RATIO_AT_LEAST, "50", "张");
            ScoredNode same = score("2", beds, new LeafInput("L", InputState.MANUAL, d("10"), null, null, d("0.4"),
                    "酌情", null, null));
            assertTrue(same.flags().isEmpty());
            ScoredNode noData = score("2", beds, LeafInput.manual("L", d("1"), "酌情"));
            assertNull(noData.formulaScore());
            assertTrue(noData.flags().isEmpty());
        }
    }

    @Nested
    class States {
        @Test
        void dataUnavailableScoresZeroWhateverTheMethod() {
            for (ScoringMethod m : ScoringMethod.values()) {
                LeafRule r = switch (m) {
                    case BANDED -> new LeafRule(m, null, null, null, MethodParameters.bands(List.of(new ValueBand(d("1"), d("1"))), null));
                    case DEDUCTION -> new LeafRule(m, null, null, null, MethodParameters.deduction(d("1")));
                    default -> rule(m, "3", null);
                };
                ScoredNode n = score("1", r, LeafInput.dataUnavailable("L", null));
                assertEquals("0.00", n.score().toPlainString(), m.name());
                assertEquals(List.of(Flag.DATA_UNAVAILABLE), flagCodes(n), m.name());
                assertEquals("无法取得相关资料 → 0.00", n.explanation());
            }
        }

        @Test
        void notApplicableLeavesCarryNoWeight() {
            ScoredNode n = score("2", rule(ScoringMethod.RATIO_AT_LEAST, "5", null), LeafInput.notApplicable("L", "本年无此项"));
            assertEquals(0, n.weight().signum());
            assertEquals("0.00", n.score().toPlainString());
            assertNull(n.scoreRate());
            assertEquals(List.of(Flag.NOT_APPLICABLE_RESCALED), flagCodes(n));
            assertEquals("不适用（原分值 2.00，理由：本年无此项）→ 剔除，总分按适用分值折算为百分制", n.explanation());
        }

        @Test
        void missingStateInputOrMismatchedCodeIsRefused() {
            LeafRule r = rule(ScoringMethod.RATIO_AT_LEAST, "5", null);
            assertRefused("1", r, new LeafInput("L", null, d("1"), null, null, null, null, null, null),
                    "inputs[L].state", "REQUIRED");
            assertRefused("1", r, null, "inputs[L]", "MISSING_INPUT");
            assertRefused("1", r, LeafInput.value("M", d("1")), "inputs[L].leafCode", "LEAF_CODE_MISMATCH");
        }

        @Test
        void branchesAndBadWeightsCannotBeScoredAsLeaves() {
            IndicatorNode branch = IndicatorNode.branch("B", "B", d("1"), List.of(
                    IndicatorNode.leaf("L", "L", d("1"), rule(ScoringMethod.BINARY, null, null))));
            ScoringInputException e = assertThrows(ScoringInputException.class,
                    () -> LeafScorer.score(branch, LeafInput.achieved("B", true)));
            assertEquals("NOT_A_LEAF", e.errors().get(0).code());
            assertRefused("-1", rule(ScoringMethod.BINARY, null, null), LeafInput.achieved("L", true),
                    "indicators[L].weight", "NEGATIVE_VALUE");
            assertRefused("0.125", rule(ScoringMethod.BINARY, null, null), LeafInput.achieved("L", true),
                    "indicators[L].weight", "TOO_MANY_DECIMALS");
        }
    }

    @Nested
    class SelfReported {
        final LeafRule jobs = rule(ScoringMethod.RATIO_AT_LEAST, "800", "个");

        @Test
        void inflatedSelfScoreIsFlagged() {
            ScoredNode n = score("2.5", jobs, LeafInput.value("L", d("210")).withSelfReportedScore(d("2.5")));
            assertEquals(List.of(Flag.SELF_SCORE_INFLATED), flagCodes(n));
            assertEquals(0, d("1.84").compareTo(n.selfScoreDifference()));
            assertTrue(n.flags().get(0).message().contains("多 1.84 分"), n.flags().get(0).message());
        }

        @Test
        void lowerSelfScoreDiffersAndEqualOneIsSilent() {
            ScoredNode lower = score("2.5", jobs, LeafInput.value("L", d("210")).withSelfReportedScore(d("0.5")));
            assertEquals(List.of(Flag.SELF_SCORE_DIFFERS), flagCodes(lower));
            assertEquals(0, d("-0.16").compareTo(lower.selfScoreDifference()));
            ScoredNode same = score("2.5", jobs, LeafInput.value("L", d("210")).withSelfReportedScore(d("0.66")));
            assertTrue(same.flags().isEmpty());
            assertEquals(0, same.selfScoreDifference().signum());
            assertNull(score("2.5", jobs, LeafInput.value("L", d("210"))).selfScoreDifference());
        }
    }

    /** Any method, any admissible input: the score stays in [0, weight] with 2 decimals. */
    @Test
    void everyMethodStaysWithinItsWeight() {
        Random random = new Random(42L);
        for (int c = 0; c < 5000; c++) {
            BigDecimal w = BigDecimal.valueOf(random.nextInt(2001), 2);
            ScoringMethod m = ScoringMethod.values()[random.nextInt(ScoringMethod.values().length)];
            BigDecimal t = BigDecimal.valueOf(random.nextInt(1000), random.nextInt(3));
            BigDecimal a = BigDecimal.valueOf(random.nextInt(1500), random.nextInt(3));
            BigDecimal count = BigDecimal.valueOf(random.nextInt(10));
            LeafRule r;
            LeafInput in;
            switch (m) {
                case RANK_WITHIN -> {
                    r = rule(m, String.valueOf(1 + random.nextInt(5)), null);
                    in = LeafInput.value("L", count.add(BigDecimal.ONE));
                }
                case BINARY -> {
                    r = rule(m, null, null);
                    in = LeafInput.achieved("L", random.nextBoolean());
                }
                case GRADE -> {
                    r = rule(m, null, null);
                    in = LeafInput.grade("L", List.of("优", "良", "中", "低", "差").get(random.nextInt(5)));
                }
                case BANDED -> {
                    r = new LeafRule(m, null, null, null, MethodParameters.bands(List.of(
                            new ValueBand(d("1"), w), new ValueBand(d("5"), w.divide(d("3"), 2, java.math.RoundingMode.DOWN))), null));
                    in = LeafInput.value("L", a);
                }
                case DEDUCTION -> {
                    r = new LeafRule(m, null, null, null, MethodParameters.deduction(BigDecimal.valueOf(random.nextInt(500), 3)));
                    in = LeafInput.value("L", count);
                }
                case SATISFACTION -> {
                    r = rule(m, String.valueOf(random.nextInt(101)), "%");
                    int valid = random.nextInt(50);
                    in = LeafInput.survey("L", new SurveyResult("x", valid, valid, valid == 0 ? 0 : random.nextInt(valid + 1)));
                }
                case MANUAL -> {
                    r = rule(m, null, null);
                    in = LeafInput.manual("L", w.multiply(BigDecimal.valueOf(random.nextInt(101))).divide(d("100"), 2,
                            java.math.RoundingMode.DOWN), "x");
                }
                default -> {
                    r = new LeafRule(m, m == ScoringMethod.EXECUTION_RATE && random.nextBoolean() ? null : t, null, null, null);
                    in = LeafInput.value("L", a);
                }
            }
            ScoredNode n = score(w.toPlainString(), r, in);
            assertTrue(n.score().signum() >= 0 && n.score().compareTo(w) <= 0,
                    m + " w=" + w + " t=" + t + " a=" + a + " → " + n.score() + " (" + n.explanation() + ")");
            assertEquals(2, n.score().scale());
        }
    }
}
