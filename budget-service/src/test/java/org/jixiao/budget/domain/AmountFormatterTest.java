package org.jixiao.budget.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountFormatterTest {

    @ParameterizedTest
    @CsvSource({
            "313859976.68, 31385.997668",
            "5524500.00, 552.45",
            "35423700.00, 3542.37",
            "42594000.00, 4259.4",
            "10000000.00, 1000",
            "10000.00, 1",
            "0.00, 0",
            "0.01, 0.000001",
            "1000000000000000.00, 100000000000"})
    void rendersTenThousandYuanWithoutNeedlessZerosOrExponent(String yuan, String expected) {
        assertEquals(expected, AmountFormatter.toTenThousandYuan(new BigDecimal(yuan)));
    }

    @Test
    void rendersYuanWithExactlyTwoDecimals() {
        assertEquals("3542370.00", AmountFormatter.toYuan(new BigDecimal("3542370")));
        assertEquals("0.50", AmountFormatter.toYuan(new BigDecimal("0.5")));
        assertEquals("1000000000000000.00", AmountFormatter.toYuan(AmountParser.MAX_YUAN));
    }

    @Test
    void refusesToRoundAwayFractionsOfAFen() {
        assertThrows(IllegalArgumentException.class, () -> AmountFormatter.toYuan(new BigDecimal("0.001")));
    }

    @Test
    void propertyTenThousandYuanTextIsPlainAndExact() {
        Random random = new Random(4);
        for (int i = 0; i < 2_000; i++) {
            BigDecimal yuan = AmountParserTest.randomYuan(random);
            String wan = AmountFormatter.toTenThousandYuan(yuan);
            assertFalse(wan.contains("E"), wan);
            assertFalse(wan.contains(".") && wan.endsWith("0"), wan);
            assertEquals(0, new BigDecimal(wan).movePointRight(4).compareTo(yuan), wan);
        }
    }
}
