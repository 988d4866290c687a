package org.jixiao.budget.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Parses amounts as people and district systems write them into exact 元 with 2 decimals.
 *
 * <p>Accepted, because unambiguous: surrounding blanks (also full-width and non-breaking), full-width
 * digits, points, signs and commas ({@code １２３．４５}, {@code －}, {@code ，}), thousands separators in
 * correct groups of three ({@code 1,234.50}), a leading {@code +}, {@code 12.} and {@code .5}, trailing
 * zeros beyond the allowed decimals ({@code 12.3400} 元 is exactly 12.34), and a unit suffix equal to the
 * declared unit ({@code 552.45万元} with {@link AmountUnit#TEN_THOUSAND_YUAN}).
 *
 * <p>Refused, each with a stable {@link AmountException#code()}: anything else that is not a plain
 * decimal (letters, exponents, misplaced commas such as {@code 1,2,3}, inner blanks) → NOT_NUMERIC; a
 * value below zero → NEGATIVE; more significant decimals than whole fen allow (2 in 元, 6 in 万元) →
 * TOO_MANY_DECIMALS; more than 10^15 元 → TOO_LARGE; no unit → MISSING_UNIT; a suffix contradicting
 * the unit → UNIT_MISMATCH. Checks run in that order, so the first problem a person would fix is named.
 *
 * <p>Runs in time linear in the text and, for valid input, allocates only the result: a 100,000-row push
 * parses a million fields.
 */
public final class AmountParser {

    /** 10^15 元: far above any unit's budget, still exact in every downstream store. */
    public static final BigDecimal MAX_YUAN = BigDecimal.TEN.pow(15).setScale(2);

    /** 10^15 has 16 integer digits; anything with more significant digits is too large in any unit. */
    private static final int MAX_SIGNIFICANT_INTEGER_DIGITS = 16;
    /** Longest digit string whose value surely fits in a long. */
    private static final int MAX_LONG_SAFE_DIGITS = 18;
    /** Keep echoed input short: it may be a megabyte of garbage or markup. */
    private static final int ECHO_LIMIT = 40;

    private AmountParser() {
    }

    public static BigDecimal parse(String text, AmountUnit unit) {
        if (unit == null) {
            throw new AmountException(AmountException.MISSING_UNIT, "未注明金额单位（元或万元），不作推测");
        }
        if (text == null) {
            throw new AmountException(AmountException.NOT_NUMERIC, "金额为空");
        }
        int start = skipBlanksForward(text, 0, text.length());
        int end = skipBlanksBackward(text, start, text.length());
        if (start == end) {
            throw new AmountException(AmountException.NOT_NUMERIC, "金额为空");
        }
        end = stripUnitSuffix(text, start, end, unit);

        boolean negative = false;
        char first = normalise(text.charAt(start));
        if (first == '+' || first == '-') {
            negative = first == '-';
            start++;
        }

        // Pass 1: syntax and digit counts only, so that huge or hostile input is judged without building numbers.
        int integerDigits = 0;
        int significantIntegerDigits = 0;
        int fractionDigits = 0;
        int significantFractionDigits = 0;
        boolean seenPoint = false;
        boolean grouped = false;
        int digitsInGroup = 0;
        for (int i = start; i < end; i++) {
            char c = normalise(text.charAt(i));
            if (c >= '0' && c <= '9') {
                if (seenPoint) {
                    fractionDigits++;
                    if (c != '0') {
                        significantFractionDigits = fractionDigits;
                    }
                } else {
                    integerDigits++;
                    digitsInGroup++;
                    if (significantIntegerDigits > 0 || c != '0') {
                        significantIntegerDigits++;
                    }
                }
            } else if (c == ',') {
                if (seenPoint || !isCompleteGroup(grouped, digitsInGroup)) {
                    throw notNumeric(text, "千分位分隔符位置不对");
                }
                grouped = true;
                digitsInGroup = 0;
            } else if (c == '.') {
                if (seenPoint) {
                    throw notNumeric(text, "小数点多于一个");
                }
                if (grouped && digitsInGroup != 3) {
                    throw notNumeric(text, "千分位分隔符位置不对");
                }
                seenPoint = true;
            } else {
                throw notNumeric(text, "含有非数字字符");
            }
        }
        if (integerDigits + fractionDigits == 0) {
            throw notNumeric(text, "没有数字");
        }
        if (!seenPoint && grouped && digitsInGroup != 3) {
            throw notNumeric(text, "千分位分隔符位置不对");
        }

        boolean zero = significantIntegerDigits == 0 && significantFractionDigits == 0;
        if (negative && !zero) {
            throw new AmountException(AmountException.NEGATIVE, "金额不能为负数：" + echo(text));
        }
        if (significantFractionDigits > unit.maxDecimals()) {
            throw new AmountException(AmountException.TOO_MANY_DECIMALS, "以" + unit.label() + "为单位最多 "
                    + unit.maxDecimals() + " 位小数（精确到分）：" + echo(text));
        }
        if (significantIntegerDigits > MAX_SIGNIFICANT_INTEGER_DIGITS) {
            throw tooLarge(text);
        }
        if (zero) {
            return BigDecimal.ZERO.setScale(2);
        }

        BigDecimal inUnit = buildValue(text, start, end, significantIntegerDigits, significantFractionDigits);
        BigDecimal yuan = inUnit.movePointRight(unit.powerOfTenInYuan()).setScale(2, RoundingMode.UNNECESSARY);
        if (yuan.compareTo(MAX_YUAN) > 0) {
            throw tooLarge(text);
        }
        return yuan;
    }

    /** Pass 2: the significant digits only, via a long when they fit (the usual case), else via chars. */
    private static BigDecimal buildValue(String text, int start, int end, int significantIntegerDigits,
                                         int significantFractionDigits) {
        int totalDigits = significantIntegerDigits + significantFractionDigits;
        char[] digits = totalDigits > MAX_LONG_SAFE_DIGITS ? new char[totalDigits] : null;
        long unscaled = 0;
        int taken = 0;
        int fractionTaken = 0;
        boolean seenPoint = false;
        boolean leading = true;
        for (int i = start; i < end && taken < totalDigits; i++) {
            char c = normalise(text.charAt(i));
            if (c == '.') {
                seenPoint = true;
                leading = false;
                continue;
            }
            if (c < '0' || c > '9') {
                continue;
            }
            if (!seenPoint && leading && c == '0') {
                continue;
            }
            leading = false;
            if (seenPoint) {
                if (fractionTaken == significantFractionDigits) {
                    break;
                }
                fractionTaken++;
            }
            if (digits == null) {
                unscaled = unscaled * 10 + (c - '0');
            } else {
                digits[taken] = c;
            }
            taken++;
        }
        if (digits == null) {
            return BigDecimal.valueOf(unscaled, significantFractionDigits);
        }
        return new BigDecimal(new BigInteger(new String(digits)), significantFractionDigits);
    }

    private static boolean isCompleteGroup(boolean grouped, int digitsInGroup) {
        return grouped ? digitsInGroup == 3 : digitsInGroup >= 1 && digitsInGroup <= 3;
    }

    private static int stripUnitSuffix(String text, int start, int end, AmountUnit unit) {
        AmountUnit written = null;
        int newEnd = end;
        if (end - start >= 3 && text.charAt(end - 1) == '元' && text.charAt(end - 2) == '万'
                && isNumberEnd(text.charAt(end - 3))) {
            written = AmountUnit.TEN_THOUSAND_YUAN;
            newEnd = end - 2;
        } else if (end - start >= 2 && text.charAt(end - 1) == '元' && isNumberEnd(text.charAt(end - 2))) {
            written = AmountUnit.YUAN;
            newEnd = end - 1;
        }
        if (written == null) {
            return end;
        }
        if (written != unit) {
            throw new AmountException(AmountException.UNIT_MISMATCH, "金额写明单位为" + written.label()
                    + "，但申报单位为" + unit.label() + "：" + echo(text));
        }
        // The trimmed text starts with a non-blank that is not part of the suffix, so something is left.
        return skipBlanksBackward(text, start, newEnd);
    }

    /** 元 counts as a unit suffix only right after a number: in 亿元 or 千元 it is part of an unsupported unit. */
    private static boolean isNumberEnd(char c) {
        char n = normalise(c);
        return (n >= '0' && n <= '9') || n == '.' || isBlank(c);
    }

    /** Full-width forms and typographic minus signs map to ASCII; everything else is left for the scanner. */
    static char normalise(char c) {
        if (c >= '０' && c <= '９') {
            return (char) (c - '０' + '0');
        }
        return switch (c) {
            case '．' -> '.';
            case '，' -> ',';
            case '－', '−', '﹣' -> '-';
            case '＋', '﹢' -> '+';
            default -> c;
        };
    }

    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2007' || c == '\uFEFF';
    }

    /** True for null, empty and all-blank text (including full-width blanks). */
    public static boolean isBlank(String text) {
        return text == null || skipBlanksForward(text, 0, text.length()) == text.length();
    }

    private static int skipBlanksForward(String text, int from, int to) {
        int i = from;
        while (i < to && isBlank(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipBlanksBackward(String text, int from, int to) {
        int i = to;
        while (i > from && isBlank(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static AmountException notNumeric(String text, String why) {
        return new AmountException(AmountException.NOT_NUMERIC, "不是有效金额（" + why + "）：" + echo(text));
    }

    private static AmountException tooLarge(String text) {
        return new AmountException(AmountException.TOO_LARGE, "金额超过上限 10^15 元：" + echo(text));
    }

    /** The input quoted for a message, cut short so that hostile or huge input is not reflected whole. */
    static String echo(String text) {
        String shown = text.length() <= ECHO_LIMIT ? text : text.substring(0, ECHO_LIMIT) + "…";
        return "「" + shown + "」";
    }
}
