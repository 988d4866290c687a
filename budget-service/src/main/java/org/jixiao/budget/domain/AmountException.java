package org.jixiao.budget.domain;

import java.util.Objects;

/**
 * An amount that cannot be accepted, with a stable machine code and a message for people.
 * No stack trace is captured: this is a validation outcome on a hot path (100,000-row pushes), not a bug.
 */
public final class AmountException extends RuntimeException {

    public static final String NOT_NUMERIC = "NOT_NUMERIC";
    public static final String NEGATIVE = "NEGATIVE";
    public static final String TOO_MANY_DECIMALS = "TOO_MANY_DECIMALS";
    public static final String TOO_LARGE = "TOO_LARGE";
    public static final String MISSING_UNIT = "MISSING_UNIT";
    /** The text carries a unit suffix (元 / 万元) that contradicts the declared unit. */
    public static final String UNIT_MISMATCH = "UNIT_MISMATCH";

    private static final long serialVersionUID = 1L;

    private final String code;

    public AmountException(String code, String message) {
        super(message, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
    }

    public String code() {
        return code;
    }
}
