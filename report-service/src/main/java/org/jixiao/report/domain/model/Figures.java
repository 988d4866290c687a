package org.jixiao.report.domain.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formats the seeds use: 万元 with 2 decimals, percents and scores with 2 decimals, HALF_UP. */
public final class Figures {
    private static final BigDecimal TEN_THOUSAND = new BigDecimal(10_000);
    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private Figures() {
    }

    public static BigDecimal money(BigDecimal yuan) {
        return yuan == null ? null : yuan.setScale(2, RoundingMode.HALF_UP);
    }

    /** part ÷ whole as a percent with 2 decimals; null when whole is zero or either side is missing (never ÷0). */
    public static BigDecimal percentOf(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    /** 元 → "552.45" (万元, 2 decimals). */
    public static String wanYuan(BigDecimal yuan) {
        if (yuan == null) {
            return "—";
        }
        return yuan.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP).toPlainString();
    }

    /** 20.9 → "20.90%". */
    public static String percent(BigDecimal percent) {
        return percent == null ? "—" : percent.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** 92.3 → "92.30". */
    public static String score(BigDecimal score) {
        return score == null ? "—" : score.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** Counts stay integral; everything else gets the seeds' 2 decimals. */
    public static String number(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof java.math.BigInteger) {
            return value.toString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.scale() <= 0 ? decimal.setScale(0, RoundingMode.UNNECESSARY).toPlainString()
                    : decimal.setScale(2, RoundingMode.HALF_UP).toPlainString();
        }
        if (value instanceof Number number) {
            return number(new BigDecimal(number.toString()));
        }
        return value.toString();
    }

    private static final String[] SMALL_COUNTS = {"零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十"};

    /** "四个等级", "两个等级": counts before 个 up to ten in characters, as the reports write them; larger ones in digits. */
    public static String countInWords(int count) {
        return count >= 0 && count < SMALL_COUNTS.length ? SMALL_COUNTS[count] : Integer.toString(count);
    }
}
