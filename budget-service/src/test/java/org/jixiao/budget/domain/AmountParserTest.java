package org.jixiao.budget.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AmountParserTest {

    private static final AmountUnit YUAN = AmountUnit.YUAN;
    private static final AmountUnit WAN = AmountUnit.TEN_THOUSAND_YUAN;

    @Test
    void seed003SixDecimalTenThousandYuanIsExactFen() {
        BigDecimal yuan = AmountParser.parse("31385.997668", WAN);
        assertEquals(new BigDecimal("313859976.68"), yuan);
    }

    @Test
    void seedFiguresInTenThousandYuanBecomeYuanWithTwoDecimals() {
        assertEquals(new BigDecimal("5524500.00"), AmountParser.parse("552.45", WAN));
        assertEquals(new BigDecimal("42594000.00"), AmountParser.parse("4259.4", WAN));
        assertEquals(new BigDecimal("135812900.00"), AmountParser.parse("13,581.29", WAN));
        assertEquals(new BigDecimal("49610985.92"), AmountParser.parse("4961.098592", WAN));
    }

    static Stream<Arguments> acceptedSpellings() {
        return Stream.of(
                Arguments.of("1,234.50", YUAN, "1234.50"),
                Arguments.of("1,234,567.8", YUAN, "1234567.80"),
                Arguments.of("１２３．４５", YUAN, "123.45"),
                Arguments.of("１，２３４．５０", YUAN, "1234.50"),
                Arguments.of("1，234.50", YUAN, "1234.50"),
                Arguments.of("＋１２", YUAN, "12.00"),
                Arguments.of("+12", YUAN, "12.00"),
                Arguments.of("  12  ", YUAN, "12.00"),
                Arguments.of("\u3000１２\u3000", YUAN, "12.00"),
                Arguments.of("\u00A012\t", YUAN, "12.00"),
                Arguments.of("12.", YUAN, "12.00"),
                Arguments.of(".5", YUAN, "0.50"),
                Arguments.of("0012.30", YUAN, "12.30"),
                Arguments.of("12.3400", YUAN, "12.34"),
                Arguments.of("0", YUAN, "0.00"),
                Arguments.of("0.00", WAN, "0.00"),
                Arguments.of("-0", YUAN, "0.00"),
                Arguments.of("－0.00", WAN, "0.00"),
                Arguments.of("0.000001", WAN, "0.01"),
                Arguments.of("552.45万元", WAN, "5524500.00"),
                Arguments.of("552.45 万元", WAN, "5524500.00"),
                Arguments.of("5524500元", YUAN, "5524500.00"),
                Arguments.of("1000000000000000", YUAN, "1000000000000000.00"),
                Arguments.of("100000000000", WAN, "1000000000000000.00"),
                Arguments.of("999,999,999,999,999.99", YUAN, "999999999999999.99"));
    }

    @ParameterizedTest
    @MethodSource("acceptedSpellings")
    void normalisesUnambiguousSpellings(String text, AmountUnit unit, String expectedYuan) {
        assertEquals(new BigDecimal(expectedYuan), AmountParser.parse(text, unit));
    }

    static Stream<Arguments> refusedSpellings() {
        return Stream.of(
                Arguments.of("12a", YUAN, AmountException.NOT_NUMERIC),
                Arguments.of("1,2,3", YUAN, AmountException.NOT_NUMERIC),
                Arguments.of("12,34", YUAN, AmountException.NOT_NUMERIC),
                Arguments.of("1234,567", YUAN, AmountException.NOT_NUMERIC),
                Arguments.of("1,234,56", YUAN, AmountException.NOT_NUMERIC),
                Arguments.of(",123", YUAN, AmountException.NOT_NUMERIC),
                Arguments.of("1,,234", YUAN, AmountException.NOT_NUMERIC),
                Arguments.of("1.234,5", YUAN, AmountException.NOT_NUMERIC),
                Arguments.of("1 234", YUAN, AmountException.NOT_NUMERIC),
                Arguments.of("1e5", YUAN, AmountException.NOT_NUMERIC),
                Arguments.of("NaN", YUAN, AmountException.NOT_NUMERIC),
                Arguments.of("Infinity", YUAN, AmountException.NOT_NUMERIC),
                Arguments.of("0x1F", YUAN, AmountException.NOT_NUMERIC),
                Arguments.of("--5", YUAN, AmountException.NOT_NUMERIC),
                Arguments.of("+-5", YUAN, AmountException.NOT_NUMERIC),
                Arguments.of("5-", YUAN, AmountException.NOT_NUMERIC),
                Arguments.of("1.2.3", YUAN, AmountException.NOT_NUMERIC),
                Arguments.of(".", YUAN, AmountException.NOT_NUMERIC),
                Arguments.of("-", YUAN, AmountException.NOT_NUMERIC),
                Arguments.of("", YUAN, AmountException.NOT_NUMERIC),
                Arguments.of("   ", YUAN, AmountException.NOT_NUMERIC),
                Arguments.of("万元", WAN, AmountException.NOT_NUMERIC),
                Arguments.of("一百", YUAN, AmountException.NOT_NUMERIC),
                Arguments.of("12%", YUAN, AmountException.NOT_NUMERIC),
                Arguments.of("¥12", YUAN, AmountException.NOT_NUMERIC),
                Arguments.of("１２ａ", YUAN, AmountException.NOT_NUMERIC),
                Arguments.of("12亿元", YUAN, AmountException.NOT_NUMERIC),
                Arguments.of("12亿元", WAN, AmountException.NOT_NUMERIC),
                Arguments.of("元", YUAN, AmountException.NOT_NUMERIC),
                Arguments.of("元", WAN, AmountException.NOT_NUMERIC),
                Arguments.of("万元", YUAN, AmountException.NOT_NUMERIC),
                Arguments.of("-5", YUAN, AmountException.NEGATIVE),
                Arguments.of("－５", YUAN, AmountException.NEGATIVE),
                Arguments.of("−0.01", YUAN, AmountException.NEGATIVE),
                Arguments.of("-1,234.50", WAN, AmountException.NEGATIVE),
                Arguments.of("1.234", YUAN, AmountException.TOO_MANY_DECIMALS),
                Arguments.of("１．００１", YUAN, AmountException.TOO_MANY_DECIMALS),
                Arguments.of("1.2345671", WAN, AmountException.TOO_MANY_DECIMALS),
                Arguments.of("31385.9976685", WAN, AmountException.TOO_MANY_DECIMALS),
                Arguments.of("1000000000000000.01", YUAN, AmountException.TOO_LARGE),
                Arguments.of("100000000000.000001", WAN, AmountException.TOO_LARGE),
                Arguments.of("99999999999999999999", YUAN, AmountException.TOO_LARGE),
                Arguments.of("552.45万元", YUAN, AmountException.UNIT_MISMATCH),
                Arguments.of("552.45元", WAN, AmountException.UNIT_MISMATCH));
    }

    @ParameterizedTest
    @MethodSource("refusedSpellings")
    void refusesWithStableCode(String text, AmountUnit unit, String expectedCode) {
        AmountException refused = assertThrows(AmountException.class, () -> AmountParser.parse(text, unit));
        assertEquals(expectedCode, refused.code(), refused.getMessage());
    }

    @Test
    void missingUnitIsAnErrorNotAGuess() {
        AmountException refused = assertThrows(AmountException.class, () -> AmountParser.parse("552.45", null));
        assertEquals(AmountException.MISSING_UNIT, refused.code());
    }

    @Test
    void nullTextIsNotNumeric() {
        AmountException refused = assertThrows(AmountException.class, () -> AmountParser.parse(null, YUAN));
        assertEquals(AmountException.NOT_NUMERIC, refused.code());
    }

    @Test
    void syntaxErrorWinsOverSizeSoThePersonFixesTheRealProblemFirst() {
        AmountException refused = assertThrows(AmountException.class,
                () -> AmountParser.parse("99999999999999999999abc", YUAN));
        assertEquals(AmountException.NOT_NUMERIC, refused.code());
    }

    @Test
    void hugeInputIsJudgedQuicklyAndNotEchoedWhole() {
        String millionDigits = "9".repeat(1_000_000);
        long started = System.nanoTime();
        AmountException tooLarge = assertThrows(AmountException.class, () -> AmountParser.parse(millionDigits, YUAN));
        AmountException tooFine = assertThrows(AmountException.class,
                () -> AmountParser.parse("0." + millionDigits, YUAN));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(AmountException.TOO_LARGE, tooLarge.code());
        assertEquals(AmountException.TOO_MANY_DECIMALS, tooFine.code());
        assertTrue(tooLarge.getMessage().length() < 100, tooLarge.getMessage());
        assertTrue(millis < 2_000, "took " + millis + " ms");
    }

    @Test
    void trailingZerosBeyondTheLimitDoNotCountAsDecimals() {
        assertEquals(new BigDecimal("12.00"), AmountParser.parse("12." + "0".repeat(1000), YUAN));
    }

    @Test
    void propertyFormattedAsTenThousandYuanParsesBackToTheSameYuan() {
        Random random = new Random(1);
        for (int i = 0; i < 2_000; i++) {
            BigDecimal yuan = randomYuan(random);
            String wan = AmountFormatter.toTenThousandYuan(yuan);
            assertEquals(yuan, AmountParser.parse(wan, WAN), () -> yuan + " → " + wan);
        }
    }

    @Test
    void propertyGroupedFullWidthSpellingParsesLikeThePlainOne() {
        Random random = new Random(2);
        for (int i = 0; i < 2_000; i++) {
            BigDecimal yuan = randomYuan(random);
            String plain = AmountFormatter.toYuan(yuan);
            String dressed = fullWidth(grouped(plain), random);
            assertEquals(AmountParser.parse(plain, YUAN), AmountParser.parse(dressed, YUAN),
                    () -> plain + " vs " + dressed);
        }
    }

    @Test
    void propertyArbitraryTextEitherParsesIntoRangeOrFailsWithAKnownCode() {
        String alphabet = "0123456789.,+- ０１９．，－＋\u3000ae万元<>';%";
        Random random = new Random(3);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            AmountUnit unit = random.nextBoolean() ? YUAN : WAN;
            try {
                BigDecimal yuan = AmountParser.parse(text.toString(), unit);
                assertEquals(2, yuan.scale(), text::toString);
                assertTrue(yuan.signum() >= 0 && yuan.compareTo(AmountParser.MAX_YUAN) <= 0, text::toString);
            } catch (AmountException refused) {
                assertTrue(Stream.of(AmountException.NOT_NUMERIC, AmountException.NEGATIVE,
                                AmountException.TOO_MANY_DECIMALS, AmountException.TOO_LARGE,
                                AmountException.UNIT_MISMATCH).anyMatch(refused.code()::equals),
                        refused.code());
            } catch (RuntimeException unexpected) {
                fail("\"" + text + "\" threw " + unexpected);
            }
        }
    }

    /** Spread over magnitudes: uniform longs alone would almost never produce small amounts. */
    static BigDecimal randomYuan(Random random) {
        int digits = 1 + random.nextInt(17);
        long bound = (long) Math.pow(10, digits);
        long fen = Math.floorMod(random.nextLong(), bound);
        return BigDecimal.valueOf(fen, 2);
    }

    private static String grouped(String plain) {
        int point = plain.indexOf('.');
        String integer = plain.substring(0, point);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(integer.charAt(i));
        }
        return out + plain.substring(point);
    }

    private static String fullWidth(String text, Random random) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (!random.nextBoolean()) {
                out.append(c);
            } else if (c >= '0' && c <= '9') {
                out.append((char) ('０' + (c - '0')));
            } else if (c == '.') {
                out.append('．');
            } else if (c == ',') {
                out.append('，');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
