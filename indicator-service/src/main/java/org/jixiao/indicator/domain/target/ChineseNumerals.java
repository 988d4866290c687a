package org.jixiao.indicator.domain.target;

/** Small Chinese numerals as written in ranks and frequencies: 一, 两, 三, 十, 十二, 二十, 一百零五. */
final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** The value of {@code text} (ASCII digits or Chinese numerals up to 999), or {@code null} if it is neither. */
    static Integer parse(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return text.length() > 4 ? null : Integer.valueOf(text);
        }
        int total = 0;
        int current = 0;
        boolean pendingDigit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '零' || c == '〇') && total > 0 && !pendingDigit) {
                continue; // the filler in 一百零五
            }
            int digit = digitOf(c);
            if (digit >= 0) {
                if (pendingDigit) {
                    return null; // "三三" is not a number
                }
                current = digit;
                pendingDigit = true;
            } else if (c == '十') {
                total += (pendingDigit ? current : 1) * 10;
                current = 0;
                pendingDigit = false;
            } else if (c == '百') {
                if (!pendingDigit || total > 0) {
                    return null;
                }
                total += current * 100;
                current = 0;
                pendingDigit = false;
            } else {
                return null;
            }
        }
        return total + current;
    }

    private static int digitOf(char c) {
        if (c == '两') {
            return 2;
        }
        if (c == '〇') {
            return 0;
        }
        return DIGITS.indexOf(c);
    }
}
