package org.jixiao.budget.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** Renders stored 元 amounts exactly; never rounds, never uses exponent notation. */
public final class AmountFormatter {

    private AmountFormatter() {
    }

    /**
     * 元 → 万元 text with as many decimals as needed and no more: 313859976.68 → "31385.997668",
     * 5524500.00 → "552.45", 10000000.00 → "1000", 0 → "0". Parsing the result as 万元 gives back the same 元.
     */
    public static String toTenThousandYuan(BigDecimal yuan) {
        Objects.requireNonNull(yuan, "yuan");
        return plainWithoutTrailingZeros(yuan.movePointLeft(AmountUnit.TEN_THOUSAND_YUAN.powerOfTenInYuan()));
    }

    /** 元 text with exactly 2 decimals, as stored: 3542370 → "3542370.00". Rejects amounts finer than a fen. */
    public static String toYuan(BigDecimal yuan) {
        Objects.requireNonNull(yuan, "yuan");
        try {
            return yuan.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
        } catch (ArithmeticException finerThanFen) {
            throw new IllegalArgumentException("not a whole number of fen: " + yuan.toPlainString(), finerThanFen);
        }
    }

    private static String plainWithoutTrailingZeros(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        // stripTrailingZeros turns 1000 into 1E+3; a negative scale must go back to 0 before printing.
        if (stripped.scale() < 0) {
            stripped = stripped.setScale(0, RoundingMode.UNNECESSARY);
        }
        return stripped.toPlainString();
    }
}
