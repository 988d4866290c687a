package org.jixiao.budget.domain;

import java.math.BigDecimal;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One problem found in a unit-year's detail lists (项目支出, 三公经费, 专项资金, 月度执行): an error that refuses the
 * list, or a consistency warning that is reported with the stored list (SCORING.md §5: flag, never silently fix).
 *
 * @param field   the request field at fault, e.g. {@code projects[2].functionalCode}; {@code items[].budget} names
 *                the same field of every item (a sum)
 * @param code    a stable machine code, one of the constants below or of {@link RowConflict} for amounts
 * @param message for people (Chinese), quoting at most a short prefix of the offending text
 */
@Schema(name = "BudgetDetailIssue", description = "One problem of a detail list: the field, a stable code "
        + "and a message")
public record DetailIssue(
        @Schema(required = true, example = "projects[2].functionalCode") String field,
        @Schema(required = true, example = "INVALID_FUNCTIONAL_CODE") String code,
        @Schema(required = true) String message) {

    // Shape of a list
    public static final String MISSING_FIELD = "MISSING_FIELD";
    public static final String TOO_LONG = "TOO_LONG";
    public static final String TOO_MANY_ITEMS = "TOO_MANY_ITEMS";
    public static final String NOT_AN_INTEGER = "NOT_AN_INTEGER";

    // 项目支出
    public static final String DUPLICATE_PROJECT_CODE = "DUPLICATE_PROJECT_CODE";
    public static final String INVALID_PROJECT_CODE = "INVALID_PROJECT_CODE";
    /** 功能科目: 3 (类), 5 (款) or 7 (项) digits, e.g. 201, 20101, 2010101. */
    public static final String INVALID_FUNCTIONAL_CODE = "INVALID_FUNCTIONAL_CODE";
    /** 经济科目: 3 (类) or 5 (款) digits, e.g. 301, 30101. */
    public static final String INVALID_ECONOMIC_CODE = "INVALID_ECONOMIC_CODE";
    /** Warning: Σ project actualExpenditure ≠ the unit-year's projectExpenditure. */
    public static final String PROJECT_ACTUALS_NOT_PROJECT_EXPENDITURE = "PROJECT_ACTUALS_NOT_PROJECT_EXPENDITURE";

    // 三公经费
    public static final String DUPLICATE_ITEM = "DUPLICATE_ITEM";
    public static final String MISSING_ITEM = "MISSING_ITEM";
    /** Some items state their actual spending and others do not: the total would be a guess. */
    public static final String ACTUAL_PARTIALLY_STATED = "ACTUAL_PARTIALLY_STATED";
    /** Σ items' budget ≠ the unit-year's threePublicBudget (422 on PUT, a warning when the figure changed later). */
    public static final String THREE_PUBLIC_BUDGET_MISMATCH = "THREE_PUBLIC_BUDGET_MISMATCH";
    /** Σ items' actual ≠ the unit-year's threePublicActual (422 on PUT, a warning when the figure changed later). */
    public static final String THREE_PUBLIC_ACTUAL_MISMATCH = "THREE_PUBLIC_ACTUAL_MISMATCH";

    // 专项资金
    public static final String DUPLICATE_SPECIAL_FUND_CODE = "DUPLICATE_SPECIAL_FUND_CODE";
    public static final String INVALID_SPECIAL_FUND_CODE = "INVALID_SPECIAL_FUND_CODE";
    public static final String DETAILED_EXCEEDS_TOTAL = "DETAILED_EXCEEDS_TOTAL";
    /** Σ totalAmount ≠ the unit-year's specialFundsTotal (422 on PUT, a warning when the figure changed later). */
    public static final String SPECIAL_FUNDS_TOTAL_MISMATCH = "SPECIAL_FUNDS_TOTAL_MISMATCH";
    /** Σ detailedAmount ≠ the unit-year's specialFundsDetailed (422 on PUT, a warning when the figure changed later). */
    public static final String SPECIAL_FUNDS_DETAILED_MISMATCH = "SPECIAL_FUNDS_DETAILED_MISMATCH";

    // 月度执行 (绩效运行监控)
    public static final String MONTH_OUT_OF_RANGE = "MONTH_OUT_OF_RANGE";
    public static final String DUPLICATE_MONTH = "DUPLICATE_MONTH";
    /** A cumulative figure below an earlier month's: cumulative spending never decreases. */
    public static final String CUMULATIVE_DECREASED = "CUMULATIVE_DECREASED";
    /** Warning: December's cumulative actual ≠ the unit-year's actualExpenditure. */
    public static final String DECEMBER_NOT_ACTUAL_EXPENDITURE = "DECEMBER_NOT_ACTUAL_EXPENDITURE";
    /** Warning: the budget in force is 0, so no execution progress can be computed. */
    public static final String BUDGET_IN_FORCE_ZERO = "BUDGET_IN_FORCE_ZERO";

    public DetailIssue {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /**
     * A list's sum that states one of the unit-year's figures differently, e.g. "三项预算数合计 X 元 与本年度三公经费预算数
     * threePublicBudget Y 元 不符"; null when the two agree or either is not stated (nothing to compare).
     */
    static DetailIssue sumMismatch(String field, String code, String sumLabel, BigDecimal sum, String figureLabel,
            BigDecimal figure) {
        if (sum == null || figure == null || sum.compareTo(figure) == 0) {
            return null;
        }
        return new DetailIssue(field, code, sumLabel + " " + Percentages.yuan(sum) + " 与本年度" + figureLabel + " "
                + Percentages.yuan(figure) + " 不符");
    }
}
