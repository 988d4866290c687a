package org.jixiao.report.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void showsYuanAsWanYuanWithTwoDecimals() {
        assertEquals("552.45", Figures.wanYuan(new BigDecimal("5524500.00")));
        assertEquals("13581.29", Figures.wanYuan(new BigDecimal("135812900.00")));
        // seed 003: 31385.997668 万元 is exactly 313,859,976.68 元; shown rounded HALF_UP.
        assertEquals("31386.00", Figures.wanYuan(new BigDecimal("313859976.68")));
        assertEquals("—", Figures.wanYuan(null));
    }

    @Test
    void percentsAndScoresUseHalfUpTwoDecimals() {
        assertEquals(new BigDecimal("94.29"), Figures.percentOf(new BigDecimal("6.6"), new BigDecimal("7")));
        assertEquals(new BigDecimal("89.69"), Figures.percentOf(new BigDecimal("28.7"), new BigDecimal("32")));
        assertEquals(new BigDecimal("84.62"), Figures.percentOf(new BigDecimal("11"), new BigDecimal("13")));
        assertEquals("120.90%", Figures.percent(new BigDecimal("120.9")));
        assertEquals("0.66", Figures.score(new BigDecimal("0.65625")));
    }

    @Test
    void neverDividesByZero() {
        assertNull(Figures.percentOf(BigDecimal.ZERO, BigDecimal.ZERO));
        assertEquals("—", Figures.percent(null));
    }

    @Test
    void countsStayIntegral() {
        assertEquals("10", Figures.number(10));
        assertEquals("10", Figures.number(new BigDecimal("10")));
        assertEquals("3.00", Figures.number(new BigDecimal("3.0")));
        assertEquals("20.90", Figures.number(20.9));
    }
}
