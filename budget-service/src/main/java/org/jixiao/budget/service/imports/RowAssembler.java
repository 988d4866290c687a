package org.jixiao.budget.service.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jixiao.budget.domain.AmountUnit;
import org.jixiao.budget.domain.BudgetRow;
import org.jixiao.budget.domain.FundSource;
import org.jixiao.budget.domain.RowConflict;

/**
 * Collects the fields of one row, whatever the body format, into a {@link BudgetRow}. Field names are the
 * BudgetRow components; a fund source is {@code fundSourceExpenditure.GENERAL_APPROPRIATION} (or its label,
 * {@code fundSourceExpenditure.财政拨款}). Text is kept as sent: amounts are judged by BudgetRowValidator.
 */
final class RowAssembler {
    static final String FUND_SOURCE_PREFIX = "fundSourceExpenditure.";
    static final String UNIT_CODE = "unitCode";
    static final String FISCAL_YEAR = "fiscalYear";
    static final String AMOUNT_UNIT = "amountUnit";
    static final String AUTHORISED_POSTS = "authorisedPosts";
    static final String STAFF_IN_POST = "staffInPost";

    /** The amount fields in the order of the CSV template. */
    static final List<String> AMOUNT_FIELDS = List.of("initialBudget", "adjustedBudget", "fundsReceived",
            "actualExpenditure", "carryOver", "basicExpenditure", "personnelExpenditure", "operatingExpenditure",
            "projectExpenditure", "allSourceExpenditure", "finalAccountsExpenditure", "threePublicBudget",
            "threePublicActual", "procurementBudget", "procurementActual", "specialFundsTotal",
            "specialFundsDetailed");

    /** Every field a row may carry, in template order. */
    static final List<String> ALL_FIELDS;

    static {
        List<String> fields = new ArrayList<>(List.of(UNIT_CODE, FISCAL_YEAR, AMOUNT_UNIT));
        fields.addAll(AMOUNT_FIELDS);
        for (FundSource source : FundSource.values()) {
            fields.add(FUND_SOURCE_PREFIX + source.name());
        }
        fields.add(AUTHORISED_POSTS);
        fields.add(STAFF_IN_POST);
        ALL_FIELDS = List.copyOf(fields);
    }

    private static final int FIELD_ECHO_LIMIT = 64;

    private final int rowNumber;
    private final BudgetRow.Builder builder;
    private final List<RowConflict> conflicts = new ArrayList<>(0);
    private final Set<String> seen = new HashSet<>();
    /** Null while the row carries no detail list: rows without lists stay as cheap as before. */
    private RowDetails details;

    RowAssembler(int rowNumber) {
        this.rowNumber = rowNumber;
        this.builder = BudgetRow.builder(rowNumber);
    }

    /** False, with a DUPLICATE_FIELD conflict, when the field was already given in this row. */
    boolean firstOccurrence(String field) {
        if (seen.add(field)) {
            return true;
        }
        conflict(field, RowConflict.DUPLICATE_FIELD, "同一行中字段 " + shortName(field) + " 出现了两次");
        return false;
    }

    static boolean isIntegerField(String field) {
        return FISCAL_YEAR.equals(field) || AUTHORISED_POSTS.equals(field) || STAFF_IN_POST.equals(field);
    }

    /** A field given as text (or as a JSON number's literal text, for amounts); null or blank means not reported. */
    void text(String field, String value) {
        if (isIntegerField(field)) {
            integerText(field, value);
            return;
        }
        switch (field) {
            case UNIT_CODE -> builder.unitCode(value);
            case AMOUNT_UNIT -> amountUnit(value);
            case "initialBudget" -> builder.initialBudget(value);
            case "adjustedBudget" -> builder.adjustedBudget(value);
            case "fundsReceived" -> builder.fundsReceived(value);
            case "actualExpenditure" -> builder.actualExpenditure(value);
            case "carryOver" -> builder.carryOver(value);
            case "basicExpenditure" -> builder.basicExpenditure(value);
            case "personnelExpenditure" -> builder.personnelExpenditure(value);
            case "operatingExpenditure" -> builder.operatingExpenditure(value);
            case "projectExpenditure" -> builder.projectExpenditure(value);
            case "allSourceExpenditure" -> builder.allSourceExpenditure(value);
            case "finalAccountsExpenditure" -> builder.finalAccountsExpenditure(value);
            case "threePublicBudget" -> builder.threePublicBudget(value);
            case "threePublicActual" -> builder.threePublicActual(value);
            case "procurementBudget" -> builder.procurementBudget(value);
            case "procurementActual" -> builder.procurementActual(value);
            case "specialFundsTotal" -> builder.specialFundsTotal(value);
            case "specialFundsDetailed" -> builder.specialFundsDetailed(value);
            default -> {
                if (field.startsWith(FUND_SOURCE_PREFIX)) {
                    fundSource(field.substring(FUND_SOURCE_PREFIX.length()), value);
                } else {
                    unknownField(field);
                }
            }
        }
    }

    /** A JSON integer that fits an int. */
    void integer(String field, int value) {
        switch (field) {
            case FISCAL_YEAR -> builder.fiscalYear(value);
            case AUTHORISED_POSTS -> builder.authorisedPosts(value);
            case STAFF_IN_POST -> builder.staffInPost(value);
            default -> throw new IllegalArgumentException("not an integer field: " + field);
        }
    }

    /** A whole number too large for an int. */
    void integerTooLarge(String field) {
        if (FISCAL_YEAR.equals(field)) {
            conflict(field, RowConflict.FISCAL_YEAR_OUT_OF_RANGE, "预算年度超出允许范围");
        } else {
            conflict(field, RowConflict.TOO_LARGE, "人数过大");
        }
    }

    void unknownField(String field) {
        conflict(shortName(field), RowConflict.UNKNOWN_FIELD, "未知字段 " + shortName(field)
                + "（字段名区分大小写，见导入模板）");
    }

    void wrongType(String field, String expected) {
        conflict(shortName(field), RowConflict.WRONG_TYPE, "字段 " + shortName(field) + " 应为" + expected);
    }

    void conflict(String field, String code, String message) {
        conflicts.add(new RowConflict(rowNumber, field, code, message));
    }

    /** One of the detail lists ({@link RowDetails#FIELDS}) as read, replacing the stored list of the unit-year. */
    void details(String list, List<?> entries) {
        details = (details == null ? new RowDetails(null, null, null, null) : details).with(list, entries);
    }

    RawRow build() {
        return new RawRow(rowNumber, builder.build(), conflicts, details);
    }

    /** A row that is not a record at all: reported once, not validated field by field. */
    static RawRow notARecord(int rowNumber, String message) {
        return new RawRow(rowNumber, null,
                List.of(new RowConflict(rowNumber, "row", RowConflict.WRONG_TYPE, message)));
    }

    private void integerText(String field, String value) {
        if (value == null) {
            return;
        }
        String digits = normaliseDigits(value.strip());
        if (digits.isEmpty()) {
            return;
        }
        if (!digits.matches("[-+]?\\d+")) {
            conflict(field, RowConflict.NOT_AN_INTEGER, "字段 " + field + " 应为整数：" + echo(value));
            return;
        }
        String unsigned = digits.replaceFirst("^[-+]", "").replaceFirst("^0+(?=\\d)", "");
        if (unsigned.length() > 9) {
            integerTooLarge(field);
            return;
        }
        integer(field, Integer.parseInt(digits.startsWith("+") ? digits.substring(1) : digits));
    }

    private void amountUnit(String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String unit = value.strip();
        switch (unit) {
            case "YUAN", "元" -> builder.amountUnit(AmountUnit.YUAN);
            case "TEN_THOUSAND_YUAN", "万元" -> builder.amountUnit(AmountUnit.TEN_THOUSAND_YUAN);
            default -> conflict(AMOUNT_UNIT, RowConflict.UNKNOWN_AMOUNT_UNIT,
                    "金额单位应为 YUAN（元）或 TEN_THOUSAND_YUAN（万元）：" + echo(value));
        }
    }

    private void fundSource(String name, String value) {
        FundSource source = fundSourceNamed(name);
        if (source == null) {
            conflict(shortName(FUND_SOURCE_PREFIX + name), RowConflict.UNKNOWN_FUND_SOURCE, "未知的资金来源 "
                    + echo(name) + "，应为 GENERAL_APPROPRIATION（财政拨款）、GOVERNMENT_FUND（政府性基金）、"
                    + "STATE_CAPITAL（国有资本经营预算）、SPECIAL_ACCOUNT（财政专户）、UNIT_OWN（单位资金）或 OTHER（其他）");
            return;
        }
        builder.fundSource(source, value);
    }

    static FundSource fundSourceNamed(String name) {
        for (FundSource source : FundSource.values()) {
            if (source.name().equals(name) || source.label().equals(name)) {
                return source;
            }
        }
        return null;
    }

    private static String normaliseDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                out.append((char) (c - '０' + '0'));
            } else if (c == '－') {
                out.append('-');
            } else if (c == '＋') {
                out.append('+');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String shortName(String field) {
        return field.length() <= FIELD_ECHO_LIMIT ? field : field.substring(0, FIELD_ECHO_LIMIT) + "…";
    }

    private static String echo(String text) {
        return "「" + shortName(text) + "」";
    }
}
