package org.jixiao.budget.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The invariant of every stored amount: not negative, a whole number of fen, scale 2 (so equal means equal). */
final class Money {
    private Money() {
    }

    /** The amount at scale 2, or null for null; refuses negatives and fractions of a fen (a bug, not input). */
    static BigDecimal fen(String name, BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + amount.toPlainString());
        }
        try {
            return amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException finerThanFen) {
            throw new IllegalArgumentException(name + " is not a whole number of fen: " + amount.toPlainString(),
                    finerThanFen);
        }
    }
}
