package org.jixiao.indicator.domain.target;

/**
 * A target text that cannot be read without guessing. {@code code} is stable (API clients switch on it);
 * {@code message} is for the person who typed the text. The caller adds the field name.
 */
public final class TargetParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final String EMPTY_TARGET = "EMPTY_TARGET";
    public static final String TARGET_TOO_LONG = "TARGET_TOO_LONG";
    /** Operators that contradict or cannot be read: {@code ≥≤5}, {@code 5≥}, {@code 不低于≤5}. */
    public static final String AMBIGUOUS_OPERATOR = "AMBIGUOUS_OPERATOR";
    /** Two or more numbers with no range or description meaning: {@code 80 90}, {@code 80%90%}. */
    public static final String MULTIPLE_NUMBERS = "MULTIPLE_NUMBERS";
    /** {@code 80%-90%}, {@code 80~90}: a range has two bounds, a target has one. */
    public static final String RANGE_NOT_SUPPORTED = "RANGE_NOT_SUPPORTED";
    /** {@code 约80%}, {@code 80%左右}: nothing exact to score against. */
    public static final String APPROXIMATE_VALUE = "APPROXIMATE_VALUE";
    public static final String INVALID_UNIT = "INVALID_UNIT";
    public static final String NUMBER_TOO_LONG = "NUMBER_TOO_LONG";
    /** Text that matches none of the known shapes. */
    public static final String UNRECOGNISED_TARGET = "UNRECOGNISED_TARGET";
    /** Table columns disagree: 性质 {@code ≥} but value {@code ≤5}, or 性质 定性 with a number. */
    public static final String NATURE_CONFLICT = "NATURE_CONFLICT";
    /** Table columns disagree: value {@code 90%} but unit column 个. */
    public static final String UNIT_CONFLICT = "UNIT_CONFLICT";

    private final String code;

    public TargetParseException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
