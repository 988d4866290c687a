package org.jixiao.indicator.domain.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TargetValueParserTest {

    private static void assertNumeric(TargetValue v, Direction direction, Comparison operator, String value, String unit) {
        assertEquals(direction, v.direction(), "direction of " + v.originalText());
        assertEquals(operator, v.operator(), "operator of " + v.originalText());
        assertEquals(new BigDecimal(value), v.value(), "value of " + v.originalText());
        assertEquals(unit, v.measureUnit(), "unit of " + v.originalText());
        assertNull(v.kind());
        assertNull(v.rankLimit());
    }

    private static void assertRefused(String text, String code) {
        TargetParseException e = assertThrows(TargetParseException.class, () -> TargetValueParser.parse(text),
                "should refuse " + text);
        assertEquals(code, e.code(), "code for " + text + ": " + e.getMessage());
        assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
    }

    // ------------------------------------------------------------------ the examples of the brief

    static Stream<Arguments> numericExamples() {
        return Stream.of(
                Arguments.of("≥80%", Direction.AT_LEAST, Comparison.GE, "80", "%"),
                Arguments.of(">=90%", Direction.AT_LEAST, Comparison.GE, "90", "%"),
                Arguments.of("≥ 90 %", Direction.AT_LEAST, Comparison.GE, "90", "%"),
                Arguments.of("＞＝９０％", Direction.AT_LEAST, Comparison.GE, "90", "%"),
                Arguments.of("≤10人次", Direction.AT_MOST, Comparison.LE, "10", "人次"),
                Arguments.of("=100%", Direction.EQUALS, Comparison.EQ, "100", "%"),
                Arguments.of("0起", Direction.AT_MOST, null, "0", "起"),
                Arguments.of("64条", Direction.AT_LEAST, null, "64", "条"),
                Arguments.of("121057.86平方米", Direction.AT_LEAST, null, "121057.86", "平方米"),
                Arguments.of("≤5360031元", Direction.AT_MOST, Comparison.LE, "5360031", "元"),
                Arguments.of("＜＝５％", Direction.AT_MOST, Comparison.LE, "5", "%"),
                Arguments.of("≧95％", Direction.AT_LEAST, Comparison.GE, "95", "%"),
                Arguments.of("> 3 次", Direction.AT_LEAST, Comparison.GT, "3", "次"),
                Arguments.of("<1%", Direction.AT_MOST, Comparison.LT, "1", "%"),
                Arguments.of("＝３级", Direction.EQUALS, Comparison.EQ, "3", "级"),
                Arguments.of("不低于90%", Direction.AT_LEAST, Comparison.GE, "90", "%"),
                Arguments.of("不超过10人次", Direction.AT_MOST, Comparison.LE, "10", "人次"),
                Arguments.of("90%以上", Direction.AT_LEAST, Comparison.GE, "90", "%"),
                Arguments.of("≥90%以上", Direction.AT_LEAST, Comparison.GE, "90", "%"),
                Arguments.of("5%以内", Direction.AT_MOST, Comparison.LE, "5", "%"),
                Arguments.of("满意度≥90%", Direction.AT_LEAST, Comparison.GE, "90", "%"),
                Arguments.of("13,786.00万元", Direction.AT_LEAST, null, "13786.00", "万元"),
                Arguments.of("≥-5%", Direction.AT_LEAST, Comparison.GE, "-5", "%"),
                Arguments.of("20m²", Direction.AT_LEAST, null, "20", "m²"),
                Arguments.of("≥1个。", Direction.AT_LEAST, Comparison.GE, "1", "个"));
    }

    @ParameterizedTest
    @MethodSource("numericExamples")
    void readsNumericTargets(String text, Direction direction, Comparison operator, String value, String unit) {
        TargetValue v = TargetValueParser.parse(text);
        assertNumeric(v, direction, operator, value, unit);
        assertEquals(text, v.originalText());
    }

    @Test
    void keepsNumbersExactWithTheirScale() {
        assertEquals("121057.86", TargetValueParser.parse("121057.86平方米").value().toPlainString());
        assertEquals("100.00", TargetValueParser.parse("100.00%").value().toPlainString());
        assertEquals("0.1", TargetValueParser.parse("≤0.1%").value().toPlainString());
        assertEquals("123456789012345678.123456789",
                TargetValueParser.parse("≤123456789012345678.123456789元").value().toPlainString());
    }

    @Test
    void neverGuessesAMoneyUnit() {
        TargetValue bare = TargetValueParser.parse("≤5360031");
        assertNull(bare.measureUnit());
        assertEquals(0, new BigDecimal("5360031").compareTo(bare.value()));
        assertEquals("万元", TargetValueParser.parse("≤1000万元").measureUnit());
        assertEquals("元", TargetValueParser.parse("≤1000元").measureUnit());
    }

    @Test
    void readsRanks() {
        TargetValue top3 = TargetValueParser.parse("前三");
        assertEquals(Direction.QUALITATIVE, top3.direction());
        assertEquals(QualitativeKind.RANK, top3.kind());
        assertEquals(3, top3.rankLimit());
        assertNull(top3.value());
        assertEquals(3, TargetValueParser.parse("全区前三").rankLimit());
        assertEquals(3, TargetValueParser.parse("排名前3名").rankLimit());
        assertEquals(10, TargetValueParser.parse("全市前十名").rankLimit());
        assertEquals(1, TargetValueParser.parse("全区第一").rankLimit());
        assertEquals(12, TargetValueParser.parse("前十二").rankLimit());
    }

    @Test
    void aNegatedRankIsAnActualNotATarget() {
        assertRefused("未达前三", TargetParseException.UNRECOGNISED_TARGET);
    }

    @Test
    void readsFrequencies() {
        TargetValue weekly = TargetValueParser.parse("每周一次");
        assertEquals(Direction.QUALITATIVE, weekly.direction());
        assertEquals(QualitativeKind.FREQUENCY, weekly.kind());
        assertEquals(new BigDecimal("1"), weekly.value());
        assertEquals("次/周", weekly.measureUnit());
        assertNull(weekly.operator());
        TargetValue monthly = TargetValueParser.parse("每月至少2次");
        assertEquals(new BigDecimal("2"), monthly.value());
        assertEquals("次/月", monthly.measureUnit());
        assertEquals(Comparison.GE, monthly.operator());
        assertEquals("次/季度", TargetValueParser.parse("每季度两次").measureUnit());
        assertEquals(new BigDecimal("2"), TargetValueParser.parse("每季度两次").value());
    }

    @Test
    void readsGradeScales() {
        TargetValue five = TargetValueParser.parse("优良中低差");
        assertEquals(QualitativeKind.GRADE_SCALE, five.kind());
        assertEquals(Direction.QUALITATIVE, five.direction());
        assertEquals("优良中低差", five.measureUnit());
        assertEquals("优良中低差", TargetValueParser.parse("优/良/中/低/差").measureUnit());
        assertEquals("高中低", TargetValueParser.parse("高、中、低").measureUnit());
        assertEquals("达成部分达成未达成", TargetValueParser.parse("达成/部分达成/未达成").measureUnit());
        assertEquals(QualitativeKind.GRADE_SCALE, TargetValueParser.parse("定性 优良中低差").kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"不断提升", "不断减少", "逐步提高", "逐年减少", "得到改善", "不断普及", "不断完善", "提升",
        "提高", "进一步加强", "持续改善"})
    void readsTrends(String text) {
        TargetValue v = TargetValueParser.parse(text);
        assertEquals(QualitativeKind.TREND, v.kind());
        assertEquals(Direction.QUALITATIVE, v.direction());
        assertNull(v.value());
    }

    @Test
    void aTrendWithANumberKeepsTheNumber() {
        TargetValue v = TargetValueParser.parse("较上年提高5%");
        assertEquals(QualitativeKind.TREND, v.kind());
        assertEquals(new BigDecimal("5"), v.value());
        assertEquals("%", v.measureUnit());
    }

    @ParameterizedTest
    @ValueSource(strings = {"达标", "完成", "通过", "通过考核", "合规", "健全", "效果良好", "深入人心", "及时完整", "无重大事故"})
    void readsAchievementWords(String text) {
        TargetValue v = TargetValueParser.parse(text);
        assertEquals(QualitativeKind.ACHIEVED, v.kind());
        assertEquals(Direction.QUALITATIVE, v.direction());
    }

    @Test
    void readsTheCompositeRiverDescriptionOfSeed004() {
        TargetValue v = TargetValueParser.parse("9条湖溪，水域总面积20平方公里，岸线总长135公里");
        assertEquals(QualitativeKind.COMPOSITE, v.kind());
        assertEquals(Direction.QUALITATIVE, v.direction());
        assertNull(v.value());
    }

    // ------------------------------------------------------------------ every 指标值 written in the seeds

    /** direction|operator|value|unit|kind|rankLimit, with "-" for absent parts. */
    private static String describe(TargetValue v) {
        return String.join("|", v.direction().name(), v.operator() == null ? "-" : v.operator().name(),
                v.value() == null ? "-" : v.value().toPlainString(), v.measureUnit() == null ? "-" : v.measureUnit(),
                v.kind() == null ? "-" : v.kind().name(), v.rankLimit() == null ? "-" : v.rankLimit().toString());
    }

    static Stream<Arguments> seedTargets() {
        return Stream.of(
                // seed 002 杜岭街道, 指标值 column
                Arguments.of("相关", "QUALITATIVE|-|-|-|ACHIEVED|-"),
                Arguments.of("科学", "QUALITATIVE|-|-|-|ACHIEVED|-"),
                Arguments.of("合理", "QUALITATIVE|-|-|-|ACHIEVED|-"),
                Arguments.of("完整", "QUALITATIVE|-|-|-|ACHIEVED|-"),
                Arguments.of(">=99%", "AT_LEAST|GE|99|%|-|-"),
                Arguments.of(">=90%", "AT_LEAST|GE|90|%|-|-"),
                Arguments.of("<=5%", "AT_MOST|LE|5|%|-|-"),
                Arguments.of("<=100%", "AT_MOST|LE|100|%|-|-"),
                Arguments.of("真实", "QUALITATIVE|-|-|-|ACHIEVED|-"),
                Arguments.of("合规", "QUALITATIVE|-|-|-|ACHIEVED|-"),
                Arguments.of("健全", "QUALITATIVE|-|-|-|ACHIEVED|-"),
                Arguments.of("及时完整", "QUALITATIVE|-|-|-|ACHIEVED|-"),
                Arguments.of("规范", "QUALITATIVE|-|-|-|ACHIEVED|-"),
                Arguments.of("=100%", "EQUALS|EQ|100|%|-|-"),
                Arguments.of(">=80%", "AT_LEAST|GE|80|%|-|-"),
                Arguments.of("达标", "QUALITATIVE|-|-|-|ACHIEVED|-"),
                Arguments.of("提升", "QUALITATIVE|-|-|-|TREND|-"),
                Arguments.of("提高", "QUALITATIVE|-|-|-|TREND|-"),
                Arguments.of("≥90%", "AT_LEAST|GE|90|%|-|-"),
                // seed 004 豹澥街道, 年初目标值 column
                Arguments.of("≥80%", "AT_LEAST|GE|80|%|-|-"),
                Arguments.of("30 个", "AT_LEAST|-|30|个|-|-"),
                Arguments.of("100%", "AT_LEAST|-|100|%|-|-"),
                Arguments.of("前三", "QUALITATIVE|-|-|-|RANK|3"),
                Arguments.of("≤10 人次", "AT_MOST|LE|10|人次|-|-"),
                Arguments.of("不断减少", "QUALITATIVE|-|-|-|TREND|-"),
                Arguments.of("效果良好", "QUALITATIVE|-|-|-|ACHIEVED|-"),
                Arguments.of("4 次", "AT_LEAST|-|4|次|-|-"),
                Arguments.of("每周一次", "QUALITATIVE|-|1|次/周|FREQUENCY|-"),
                Arguments.of("通过考核", "QUALITATIVE|-|-|-|ACHIEVED|-"),
                Arguments.of("90%", "AT_LEAST|-|90|%|-|-"),
                Arguments.of("0起", "AT_MOST|-|0|起|-|-"),
                Arguments.of("不断提升", "QUALITATIVE|-|-|-|TREND|-"),
                Arguments.of("深入人心", "QUALITATIVE|-|-|-|ACHIEVED|-"),
                Arguments.of("64条", "AT_LEAST|-|64|条|-|-"),
                Arguments.of("2座", "AT_LEAST|-|2|座|-|-"),
                Arguments.of("5座", "AT_LEAST|-|5|座|-|-"),
                Arguments.of("7座", "AT_LEAST|-|7|座|-|-"),
                Arguments.of("6座", "AT_LEAST|-|6|座|-|-"),
                Arguments.of("9条湖溪，水域总面积20平方公里，岸线总长135公里", "QUALITATIVE|-|-|-|COMPOSITE|-"),
                Arguments.of("全区前三", "QUALITATIVE|-|-|-|RANK|3"),
                Arguments.of("逐年减少", "QUALITATIVE|-|-|-|TREND|-"),
                Arguments.of("不断普及", "QUALITATIVE|-|-|-|TREND|-"),
                Arguments.of("得到改善", "QUALITATIVE|-|-|-|TREND|-"),
                Arguments.of("2 场次", "AT_LEAST|-|2|场次|-|-"),
                Arguments.of("800 个", "AT_LEAST|-|800|个|-|-"),
                Arguments.of("1 处", "AT_LEAST|-|1|处|-|-"),
                Arguments.of("2 次", "AT_LEAST|-|2|次|-|-"),
                Arguments.of("50 张", "AT_LEAST|-|50|张|-|-"),
                Arguments.of("≥85分", "AT_LEAST|GE|85|分|-|-"),
                Arguments.of("不断完善", "QUALITATIVE|-|-|-|TREND|-"));
    }

    @ParameterizedTest
    @MethodSource("seedTargets")
    void readsEveryTargetWrittenInTheSeeds(String text, String expected) {
        assertEquals(expected, describe(TargetValueParser.parse(text)), text);
    }

    /** Seed 003 劲松街道 splits 绩效指标性质 | 绩效指标值 | 绩效度量单位 into three columns. */
    static Stream<Arguments> seed003Columns() {
        return Stream.of(
                Arguments.of("≥", "20", "次", "AT_LEAST|GE|20|次|-|-"),
                Arguments.of("定性", "优良中低差", "", "QUALITATIVE|-|-|优良中低差|GRADE_SCALE|-"),
                Arguments.of("定性", "高中低", "", "QUALITATIVE|-|-|高中低|GRADE_SCALE|-"),
                Arguments.of("≥", "90", "%", "AT_LEAST|GE|90|%|-|-"),
                Arguments.of("≤", "1000", "万元", "AT_MOST|LE|1000|万元|-|-"),
                Arguments.of("≥", "50", "项", "AT_LEAST|GE|50|项|-|-"),
                Arguments.of("≥", "1000", "人", "AT_LEAST|GE|1000|人|-|-"),
                Arguments.of("≤", "680", "万元", "AT_MOST|LE|680|万元|-|-"),
                Arguments.of("≥", "121057.86", "平方米", "AT_LEAST|GE|121057.86|平方米|-|-"),
                Arguments.of("≥", "205602.67", "平方米", "AT_LEAST|GE|205602.67|平方米|-|-"),
                Arguments.of("＝", "100", "%", "EQUALS|EQ|100|%|-|-"),
                Arguments.of("＝", "3", "级", "EQUALS|EQ|3|级|-|-"),
                Arguments.of("≥", "2", "次", "AT_LEAST|GE|2|次|-|-"),
                Arguments.of("≤", "5360031", "元", "AT_MOST|LE|5360031|元|-|-"),
                Arguments.of("＝", "2", "个", "EQUALS|EQ|2|个|-|-"),
                Arguments.of("≤", "1", "年", "AT_MOST|LE|1|年|-|-"),
                Arguments.of("≤", "114", "万元", "AT_MOST|LE|114|万元|-|-"));
    }

    @ParameterizedTest
    @MethodSource("seed003Columns")
    void readsEverySeed003TargetFromItsColumns(String nature, String value, String unit, String expected) {
        assertEquals(expected, describe(TargetValueParser.parseColumns(nature, value, unit)));
        // the same target typed into one cell means the same
        assertEquals(expected, describe(TargetValueParser.parse(
                (nature.equals("定性") ? "" : nature) + value + unit)));
    }

    // ------------------------------------------------------------------ refusals

    @Test
    void refusesEmptyText() {
        assertRefused("", TargetParseException.EMPTY_TARGET);
        assertRefused("   ", TargetParseException.EMPTY_TARGET);
        assertRefused(null, TargetParseException.EMPTY_TARGET);
        assertRefused("。", TargetParseException.EMPTY_TARGET);
    }

    @Test
    void refusesStackedOrMisplacedOperators() {
        assertRefused("≥≤5", TargetParseException.AMBIGUOUS_OPERATOR);
        assertRefused("><5", TargetParseException.AMBIGUOUS_OPERATOR);
        assertRefused("5≥", TargetParseException.AMBIGUOUS_OPERATOR);
        assertRefused("≥5≤", TargetParseException.AMBIGUOUS_OPERATOR);
        assertRefused("不低于≤5", TargetParseException.AMBIGUOUS_OPERATOR);
        assertRefused("≥90%以下", TargetParseException.AMBIGUOUS_OPERATOR);
        assertRefused("≥优", TargetParseException.AMBIGUOUS_OPERATOR);
        assertRefused("≥ 满意度 90", TargetParseException.AMBIGUOUS_OPERATOR);
    }

    @Test
    void refusesTwoNumbersWithoutMeaning() {
        assertRefused("80 90", TargetParseException.MULTIPLE_NUMBERS);
        assertRefused("80%90%", TargetParseException.MULTIPLE_NUMBERS);
        assertRefused("80个，90个", TargetParseException.MULTIPLE_NUMBERS);
        assertRefused("1 000元", TargetParseException.MULTIPLE_NUMBERS);
        assertRefused("≥80%≥90%", TargetParseException.MULTIPLE_NUMBERS);
    }

    @Test
    void refusesRanges() {
        assertRefused("80%-90%", TargetParseException.RANGE_NOT_SUPPORTED);
        assertRefused("80～90", TargetParseException.RANGE_NOT_SUPPORTED);
        assertRefused("3至5次", TargetParseException.RANGE_NOT_SUPPORTED);
    }

    @Test
    void refusesApproximations() {
        assertRefused("约80%", TargetParseException.APPROXIMATE_VALUE);
        assertRefused("大约80%", TargetParseException.APPROXIMATE_VALUE);
        assertRefused("80%左右", TargetParseException.APPROXIMATE_VALUE);
        assertRefused("100余人", TargetParseException.APPROXIMATE_VALUE);
        assertRefused("≥约80%", TargetParseException.APPROXIMATE_VALUE);
    }

    @Test
    void refusesUnreadableText() {
        assertRefused("看情况", TargetParseException.UNRECOGNISED_TARGET);
        assertRefused("定性", TargetParseException.UNRECOGNISED_TARGET);
        assertRefused("水域面积20平方公里", TargetParseException.UNRECOGNISED_TARGET);
        assertRefused("90%提升", TargetParseException.INVALID_UNIT);
        assertRefused("90个达标", TargetParseException.INVALID_UNIT);
        assertRefused("5.5.5", TargetParseException.MULTIPLE_NUMBERS);
        assertRefused("1" + "0".repeat(40), TargetParseException.NUMBER_TOO_LONG);
        assertRefused("达标".repeat(150), TargetParseException.TARGET_TOO_LONG);
        assertRefused("x".repeat(5000), TargetParseException.TARGET_TOO_LONG);
    }

    // ------------------------------------------------------------------ table columns (seed 003)

    @Test
    void readsSplitColumnsAsSeed003WritesThem() {
        TargetValue area = TargetValueParser.parseColumns("≥", "121057.86", "平方米");
        assertNumeric(area, Direction.AT_LEAST, Comparison.GE, "121057.86", "平方米");
        assertEquals("≥ 121057.86 平方米", area.originalText());
        assertNumeric(TargetValueParser.parseColumns("＝", "100", "%"), Direction.EQUALS, Comparison.EQ, "100", "%");
        assertNumeric(TargetValueParser.parseColumns("≤", "5360031", "元"), Direction.AT_MOST, Comparison.LE,
                "5360031", "元");
        assertEquals(QualitativeKind.GRADE_SCALE, TargetValueParser.parseColumns("定性", "高中低", "").kind());
        assertNumeric(TargetValueParser.parseColumns("", "90%", null), Direction.AT_LEAST, null, "90", "%");
        assertNumeric(TargetValueParser.parseColumns("≥", "≥90%", "%"), Direction.AT_LEAST, Comparison.GE, "90", "%");
    }

    @Test
    void refusesColumnsThatContradictEachOther() {
        assertEquals(TargetParseException.NATURE_CONFLICT, assertThrows(TargetParseException.class,
                () -> TargetValueParser.parseColumns("定性", "90", "%")).code());
        assertEquals(TargetParseException.NATURE_CONFLICT, assertThrows(TargetParseException.class,
                () -> TargetValueParser.parseColumns("≥", "优良中低差", "")).code());
        assertEquals(TargetParseException.NATURE_CONFLICT, assertThrows(TargetParseException.class,
                () -> TargetValueParser.parseColumns("≥", "≤5", "%")).code());
        assertEquals(TargetParseException.UNIT_CONFLICT, assertThrows(TargetParseException.class,
                () -> TargetValueParser.parseColumns("≥", "90%", "个")).code());
        assertEquals(TargetParseException.AMBIGUOUS_OPERATOR, assertThrows(TargetParseException.class,
                () -> TargetValueParser.parseColumns("大概", "90", "%")).code());
        assertEquals(TargetParseException.EMPTY_TARGET, assertThrows(TargetParseException.class,
                () -> TargetValueParser.parseColumns("≥", "", "%")).code());
    }

    // ------------------------------------------------------------------ the law parse(normalise(x)) == parse(x)

    @Test
    void parsingIgnoresWhetherTheTextWasNormalisedFirst() {
        Random random = new Random(20240601L);
        int parsed = 0;
        for (int i = 0; i < 1000; i++) {
            String text = TextNormaliserTest.randomTargetSpelling(random);
            TargetValue direct = null;
            String directCode = null;
            try {
                direct = TargetValueParser.parse(text);
            } catch (TargetParseException e) {
                directCode = e.code();
            }
            String normalised = TextNormaliser.normalise(text);
            try {
                TargetValue viaNormalised = TargetValueParser.parse(normalised);
                assertNotNull(direct, "only the normalised spelling parsed: " + text);
                assertTrue(direct.sameMeaningAs(viaNormalised), text + " vs " + normalised);
                assertEquals(normalised, viaNormalised.originalText());
                parsed++;
            } catch (TargetParseException e) {
                assertEquals(directCode, e.code(), "refusal differs for " + text);
            }
        }
        assertTrue(parsed > 300, "the generator should mostly produce readable targets, got " + parsed);
    }

    @Test
    void arbitraryTextEitherParsesConsistentlyOrIsRefusedWithACode() {
        String alphabet = "0123456789.,，、~～-至≥≤<>=＞＜＝ %％元万个次前三每周一优良中低差不断提升达标约左右以上以下定性第名 \u3000";
        Random random = new Random(31337L);
        for (int i = 0; i < 5000; i++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(10);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            try {
                TargetValue v = TargetValueParser.parse(text.toString());
                assertEquals(v.isNumeric(), v.kind() == null);
                assertEquals(v.isNumeric(), v.direction() != Direction.QUALITATIVE);
                if (v.isNumeric()) {
                    assertNotNull(v.value(), text.toString());
                    if (v.measureUnit() != null) {
                        assertTrue(v.measureUnit().chars().noneMatch(Character::isDigit), text.toString());
                    }
                }
                assertTrue(v.sameMeaningAs(TargetValueParser.parse(v.originalText())));
            } catch (TargetParseException e) {
                assertNotNull(e.code());
                assertTrue(!e.getMessage().isBlank());
            }
        }
    }

    @Test
    void fullWidthAndHalfWidthSpellingsMeanTheSame() {
        Random random = new Random(7L);
        for (int i = 0; i < 1000; i++) {
            String op = List.of("≥", "≤", "=", ">", "<").get(random.nextInt(5));
            String number = random.nextInt(100000) + (random.nextBoolean() ? "." + random.nextInt(100) : "");
            String unit = List.of("%", "人次", "万元", "元", "平方米", "").get(random.nextInt(6));
            String half = op + number + unit;
            String full = TextNormaliserTest.toFullWidth(half);
            TargetValue a = TargetValueParser.parse(half);
            TargetValue b = TargetValueParser.parse(full);
            assertTrue(a.sameMeaningAs(b), half + " vs " + full);
            assertEquals(new BigDecimal(number), a.value());
        }
    }
}
