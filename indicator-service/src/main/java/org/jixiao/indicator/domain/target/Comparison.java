package org.jixiao.indicator.domain.target;

/** The operator a person actually wrote (symbol or word such as 不低于, 以下); absent when none was written. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "TargetComparison",
        description = "The operator written in the target: GE ≥, GT >, LE ≤, LT <, EQ =")
public enum Comparison {
    GE("≥"), GT(">"), LE("≤"), LT("<"), EQ("=");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    /** The normalised symbol, e.g. {@code ≥}. */
    public String symbol() {
        return symbol;
    }

    public Direction direction() {
        return switch (this) {
            case GE, GT -> Direction.AT_LEAST;
            case LE, LT -> Direction.AT_MOST;
            case EQ -> Direction.EQUALS;
        };
    }

    /** The comparison for a normalised symbol, or {@code null} when the text is not exactly one operator. */
    public static Comparison fromSymbol(String symbol) {
        for (Comparison c : values()) {
            if (c.symbol.equals(symbol)) {
                return c;
            }
        }
        return null;
    }
}
