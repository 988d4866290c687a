package org.jixiao.budget.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PercentagesTest {

    @Test
    void percentsAreRoundedOnceHalfUpToTwoDecimals() {
        assertEquals(new BigDecimal("33.33"), Percentages.of(BigDecimal.ONE, new BigDecimal("3")));
        assertEquals(new BigDecimal("66.67"), Percentages.of(new BigDecimal("2"), new BigDecimal("3")));
        assertEquals(new BigDecimal("0.13"), Percentages.of(BigDecimal.ONE, new BigDecimal("800")), "0.125 → 0.13");
        assertEquals(new BigDecimal("120.90"), Percentages.of(new BigDecimal("6679200"), new BigDecimal("5524500")));
    }

    @Test
    void noPercentOfNothingOrOfUnknowns() {
        assertNull(Percentages.of(BigDecimal.ZERO, BigDecimal.ZERO));
        assertNull(Percentages.of(BigDecimal.ONE, new BigDecimal("0.00")));
        assertNull(Percentages.of(null, BigDecimal.ONE));
        assertNull(Percentages.of(BigDecimal.ONE, null));
    }

    @Test
    void sumsAreExactAndSkipUnknowns() {
        List<BigDecimal> amounts = Arrays.asList(new BigDecimal("0.10"), null, new BigDecimal("0.20"));
        assertEquals(new BigDecimal("0.30"), Percentages.sum(amounts, Function.identity()));
        assertEquals(new BigDecimal("0.00"), Percentages.sum(List.<BigDecimal>of(), Function.identity()));
    }
}
