package org.jixiao.budget.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads one detail list: its size and amountUnit, the fields of each entry (amounts, codes, names) and the keys that
 * must not repeat, collecting every problem with the request field it belongs to, so that a caller fixes a list in one
 * round trip. Amounts go through {@link AmountParser} (元 or 万元 as declared, full-width digits, exact fen) and are
 * refused with the codes a bulk push uses ({@link RowConflict}). An instance belongs to one request and is not
 * thread-safe.
 */
final class DetailReader {

    /** Project and special-fund codes: ASCII letters, digits and . _ / -, as budget systems print them. */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9._/-]{1,64}");
    static final int MAX_NAME_LENGTH = 200;

    private final AmountUnit unit;
    private final List<DetailIssue> errors = new ArrayList<>();

    DetailReader(AmountUnit unit) {
        this.unit = unit;
    }

    List<DetailIssue> errors() {
        return errors;
    }

    boolean failed() {
        return !errors.isEmpty();
    }

    void error(String field, String code, String message) {
        errors.add(new DetailIssue(field, code, message));
    }

    /**
     * The checks of a whole list before any entry is read: at most {@code max} entries (else TOO_MANY_ITEMS at
     * {@code list}, saying {@code tooMany}), and an amountUnit unless the list is empty (MISSING_UNIT: never
     * guessed). True when the list is refused whole; its entries are then not read.
     */
    boolean refusesWhole(String list, int size, int max, String tooMany) {
        if (size > max) {
            error(list, DetailIssue.TOO_MANY_ITEMS, tooMany);
            return true;
        }
        if (unit == null && size > 0) {
            error("amountUnit", RowConflict.MISSING_UNIT, "未注明金额单位（元或万元），不作推测");
            return true;
        }
        return false;
    }

    /**
     * The keys of a list's entries (project codes, items, months), which must not repeat.
     *
     * @param list          the list's request field, as the message names the entry repeated
     * @param duplicateCode the code of a repeated key
     * @param describe      the key as the message names it; the message goes on "与 list[i] 重复"
     */
    <K> Keys<K> keys(String list, String duplicateCode, Function<K, String> describe) {
        return new Keys<>(list, duplicateCode, describe);
    }

    final class Keys<K> {
        private final String list;
        private final String duplicateCode;
        private final Function<K, String> describe;
        private final Map<K, Integer> firstIndex = new HashMap<>();

        private Keys(String list, String duplicateCode, Function<K, String> describe) {
            this.list = list;
            this.duplicateCode = duplicateCode;
            this.describe = describe;
        }

        /**
         * False, with an error at {@code field} naming the entry it repeats, when {@code key} was met before; true
         * for a new key and for null (a key already refused, nothing to compare).
         */
        boolean unique(K key, int index, String field) {
            if (key == null) {
                return true;
            }
            Integer first = firstIndex.putIfAbsent(key, index);
            if (first != null) {
                error(field, duplicateCode, describe.apply(key) + "与 " + list + "[" + first + "] 重复");
                return false;
            }
            return true;
        }

        boolean contains(K key) {
            return firstIndex.containsKey(key);
        }
    }

    /** A required amount in 元; null (with an error recorded) when missing or not acceptable. */
    BigDecimal requiredAmount(String field, String text) {
        if (AmountParser.isBlank(text)) {
            error(field, DetailIssue.MISSING_FIELD, "缺少金额");
            return null;
        }
        return amount(field, text);
    }

    /** An optional amount in 元; null when absent or (with an error recorded) not acceptable. */
    BigDecimal optionalAmount(String field, String text) {
        return AmountParser.isBlank(text) ? null : amount(field, text);
    }

    private BigDecimal amount(String field, String text) {
        try {
            return AmountParser.parse(text, unit);
        } catch (AmountException refused) {
            error(field, amountCode(refused.code()), refused.getMessage());
            return null;
        }
    }

    /** The codes of a bulk push, so that a client handles one vocabulary for amounts. */
    static String amountCode(String amountExceptionCode) {
        return switch (amountExceptionCode) {
            case AmountException.NEGATIVE -> RowConflict.NEGATIVE_AMOUNT;
            case AmountException.TOO_MANY_DECIMALS -> RowConflict.TOO_MANY_DECIMALS;
            case AmountException.TOO_LARGE -> RowConflict.TOO_LARGE;
            case AmountException.MISSING_UNIT -> RowConflict.MISSING_UNIT;
            case AmountException.UNIT_MISMATCH -> RowConflict.UNIT_MISMATCH;
            default -> RowConflict.NOT_NUMERIC;
        };
    }

    /** A required identifier (project or special-fund code), stripped; null with an error when missing or malformed. */
    String identifier(String field, String text, String invalidCode) {
        String value = normalised(text);
        if (value == null) {
            error(field, DetailIssue.MISSING_FIELD, "缺少编码");
            return null;
        }
        if (!IDENTIFIER.matcher(value).matches()) {
            error(field, invalidCode, "编码须为 1 至 64 位字母、数字或 . _ / -：" + AmountParser.echo(value));
            return null;
        }
        return value;
    }

    /** A required name, stripped; null with an error when missing or longer than {@value #MAX_NAME_LENGTH}. */
    String name(String field, String text) {
        String value = text == null ? null : strip(text);
        if (value == null || value.isEmpty()) {
            error(field, DetailIssue.MISSING_FIELD, "缺少名称");
            return null;
        }
        if (value.codePointCount(0, value.length()) > MAX_NAME_LENGTH) {
            error(field, DetailIssue.TOO_LONG, "名称最多 " + MAX_NAME_LENGTH + " 个字符：" + AmountParser.echo(value));
            return null;
        }
        return value;
    }

    /**
     * An optional classification code of 政府收支分类 made of digits only, with one of the {@code lengths} allowed
     * (full-width digits are read as digits); null when absent or (with an error recorded) malformed.
     */
    String classificationCode(String field, String text, String invalidCode, String expected, int... lengths) {
        String value = normalised(text);
        if (value == null) {
            return null;
        }
        boolean digits = !value.isEmpty() && value.chars().allMatch(c -> c >= '0' && c <= '9');
        boolean lengthAllowed = false;
        for (int length : lengths) {
            lengthAllowed |= value.length() == length;
        }
        if (!digits || !lengthAllowed) {
            error(field, invalidCode, expected + "：" + AmountParser.echo(value));
            return null;
        }
        return value;
    }

    /** Full-width digits and blanks normalised; null for absent or blank text. */
    private static String normalised(String text) {
        if (AmountParser.isBlank(text)) {
            return null;
        }
        String stripped = strip(text);
        StringBuilder out = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            out.append(AmountParser.normalise(stripped.charAt(i)));
        }
        return out.toString();
    }

    /** Strips blanks as {@link AmountParser} knows them (also full-width and non-breaking). */
    static String strip(String text) {
        Objects.requireNonNull(text, "text");
        int start = 0;
        int end = text.length();
        while (start < end && AmountParser.isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && AmountParser.isBlank(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }
}
