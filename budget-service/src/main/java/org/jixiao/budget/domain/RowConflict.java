package org.jixiao.budget.domain;

import java.util.Objects;

/**
 * Why one field of one pushed row was refused.
 *
 * @param row     the row number the sender gave ({@link BudgetRow#rowNumber()})
 * @param field   the BudgetRow component at fault, e.g. {@code initialBudget}; {@code row} for the whole row
 * @param code    a stable code, one of the constants below
 * @param message for people (Chinese), quoting at most a short prefix of the offending text
 */
public record RowConflict(int row, String field, String code, String message) {

    public static final String NEGATIVE_AMOUNT = "NEGATIVE_AMOUNT";
    public static final String TOO_MANY_DECIMALS = "TOO_MANY_DECIMALS";
    public static final String NOT_NUMERIC = "NOT_NUMERIC";
    public static final String TOO_LARGE = "TOO_LARGE";
    /** The amount says 元 or 万元 in its text and contradicts {@link BudgetRow#amountUnit()}. */
    public static final String UNIT_MISMATCH = "UNIT_MISMATCH";
    /** basicExpenditure + projectExpenditure ≠ actualExpenditure (seed 003 reports 项目支出 as the whole total). */
    public static final String BASIC_PLUS_PROJECT_NOT_TOTAL = "BASIC_PLUS_PROJECT_NOT_TOTAL";
    /** personnelExpenditure + operatingExpenditure ≠ basicExpenditure. */
    public static final String PERSONNEL_PLUS_OPERATING_NOT_BASIC = "PERSONNEL_PLUS_OPERATING_NOT_BASIC";
    /** The fund-source breakdown does not sum to allSourceExpenditure. */
    public static final String FUND_SOURCES_NOT_TOTAL = "FUND_SOURCES_NOT_TOTAL";
    public static final String ADJUSTED_WITHOUT_INITIAL = "ADJUSTED_WITHOUT_INITIAL";
    public static final String UNKNOWN_UNIT = "UNKNOWN_UNIT";
    public static final String FISCAL_YEAR_OUT_OF_RANGE = "FISCAL_YEAR_OUT_OF_RANGE";
    /** The same unitCode and fiscalYear earlier in the same payload. */
    public static final String DUPLICATE_ROW = "DUPLICATE_ROW";
    public static final String MISSING_FIELD = "MISSING_FIELD";
    /** No {@link AmountUnit} (元 / 万元) for the row's amounts. */
    public static final String MISSING_UNIT = "MISSING_UNIT";
    /** A head count (编制数, 在职人数) below zero. */
    public static final String NEGATIVE_COUNT = "NEGATIVE_COUNT";

    // Codes of the reading step, before a row reaches BudgetRowValidator (JSON or CSV shape problems).
    /** A JSON value of the wrong kind (object, array, boolean where text or a number belongs). */
    public static final String WRONG_TYPE = "WRONG_TYPE";
    /** A year or head count that is not a whole number. */
    public static final String NOT_AN_INTEGER = "NOT_AN_INTEGER";
    /** A field the row format does not have; refused rather than ignored, since it may be a misspelt amount. */
    public static final String UNKNOWN_FIELD = "UNKNOWN_FIELD";
    /** The same field twice in one row: which one was meant is unknowable. */
    public static final String DUPLICATE_FIELD = "DUPLICATE_FIELD";
    /** amountUnit is neither YUAN / 元 nor TEN_THOUSAND_YUAN / 万元. */
    public static final String UNKNOWN_AMOUNT_UNIT = "UNKNOWN_AMOUNT_UNIT";
    /** A key of fundSourceExpenditure that is not a {@link FundSource}. */
    public static final String UNKNOWN_FUND_SOURCE = "UNKNOWN_FUND_SOURCE";
    /** A CSV line with more or fewer cells than the header. */
    public static final String WRONG_COLUMN_COUNT = "WRONG_COLUMN_COUNT";

    public RowConflict {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
