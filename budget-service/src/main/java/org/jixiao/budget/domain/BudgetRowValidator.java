package org.jixiao.budget.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Validates a budget push row by row, so a caller can stream rows from the request body without holding
 * them: each row is checked once, in constant work per field, and the only state kept across rows is what
 * DUPLICATE_ROW needs: for each registered unit of the payload one array of first row numbers by fiscal year, so
 * that memory grows with the units pushed, not with the rows (100,000 rows of 1,000 units keep 1,000 small
 * arrays); rows of unknown units or out-of-range years, which are refused anyway, are remembered one map entry
 * each. Every problem of a row is reported, not just the
 * first, so that a sender fixes a file in one round trip.
 *
 * <p>Required: unitCode, fiscalYear, amountUnit, initialBudget. Everything else is optional; sums are checked
 * only when all their parts are present and valid.
 *
 * <p>An instance belongs to one payload and is not thread-safe.
 */
public final class BudgetRowValidator {

    public static final String ROW = "row";

    private final Predicate<String> unitExists;
    private final int minYear;
    private final int maxYear;
    /** First row number by fiscal year ({@link #NONE}: none yet), per registered unit; null beyond the array limit. */
    private final Map<String, int[]> firstRowsByUnit;
    private final Map<UnitYear, Integer> firstRowByUnitYear = new HashMap<>();
    private static final int NONE = Integer.MIN_VALUE;
    /** Year ranges up to this long are kept as arrays (the service allows 2000–2100). */
    private static final int MAX_ARRAY_YEARS = 1000;

    /** Per-row scratch state, reset by {@link #check}; avoids allocating a context per row. */
    private Consumer<RowConflict> sink;
    private BudgetRow current;
    private boolean currentFailed;

    public BudgetRowValidator(Predicate<String> unitExists, int minYear, int maxYear) {
        this.unitExists = Objects.requireNonNull(unitExists, "unitExists");
        if (minYear > maxYear) {
            throw new IllegalArgumentException("minYear " + minYear + " is after maxYear " + maxYear);
        }
        this.minYear = minYear;
        this.maxYear = maxYear;
        this.firstRowsByUnit = (long) maxYear - minYear < MAX_ARRAY_YEARS ? new HashMap<>() : null;
    }

    /** Validates a whole payload; see {@link #check} to stream instead. */
    public static RowValidationResult validate(List<BudgetRow> rows, Predicate<String> unitExists,
                                               int minYear, int maxYear) {
        Objects.requireNonNull(rows, "rows");
        BudgetRowValidator validator = new BudgetRowValidator(unitExists, minYear, maxYear);
        List<RowConflict> conflicts = new ArrayList<>();
        List<ParsedBudgetRow> valid = new ArrayList<>(rows.size());
        for (BudgetRow row : rows) {
            validator.check(row, conflicts::add).ifPresent(valid::add);
        }
        return new RowValidationResult(conflicts, valid);
    }

    /**
     * Checks one row against the rules and against the rows checked before it (duplicates).
     *
     * @return the parsed row, or empty when at least one conflict went to {@code conflicts}
     */
    public Optional<ParsedBudgetRow> check(BudgetRow row, Consumer<RowConflict> conflicts) {
        Objects.requireNonNull(row, "row");
        sink = Objects.requireNonNull(conflicts, "conflicts");
        current = row;
        currentFailed = false;
        try {
            return Optional.ofNullable(checkCurrent());
        } finally {
            sink = null;
            current = null;
        }
    }

    private ParsedBudgetRow checkCurrent() {
        BudgetRow row = current;
        String unitCode = row.unitCode() == null ? null : row.unitCode().strip();
        boolean registered = false;
        if (unitCode == null || unitCode.isEmpty()) {
            conflict("unitCode", RowConflict.MISSING_FIELD, "缺少单位编码 unitCode");
            unitCode = null;
        } else if (!unitExists.test(unitCode)) {
            conflict("unitCode", RowConflict.UNKNOWN_UNIT, "未知的预算单位编码：" + AmountParser.echo(unitCode));
        } else {
            registered = true;
        }

        Integer year = row.fiscalYear();
        if (year == null) {
            conflict("fiscalYear", RowConflict.MISSING_FIELD, "缺少预算年度 fiscalYear");
        } else if (year < minYear || year > maxYear) {
            conflict("fiscalYear", RowConflict.FISCAL_YEAR_OUT_OF_RANGE,
                    "预算年度 " + year + " 不在允许范围 " + minYear + "–" + maxYear + " 内");
        }

        if (unitCode != null && year != null) {
            Integer first = firstRow(unitCode, year, registered, row.rowNumber());
            if (first != null) {
                conflict(ROW, RowConflict.DUPLICATE_ROW, "与第 " + first + " 行重复：同一单位 "
                        + AmountParser.echo(unitCode) + " 同一年度 " + year + " 只能出现一次");
            }
        }

        if (row.amountUnit() == null) {
            // Without 元 / 万元 no amount can be read; the amounts are not examined further.
            conflict("amountUnit", RowConflict.MISSING_UNIT, "未注明金额单位 amountUnit（元或万元），不作推测");
        }

        BigDecimal initial = amount("initialBudget", row.initialBudget());
        BigDecimal adjusted = amount("adjustedBudget", row.adjustedBudget());
        if (AmountParser.isBlank(row.initialBudget())) {
            if (AmountParser.isBlank(row.adjustedBudget())) {
                conflict("initialBudget", RowConflict.MISSING_FIELD, "缺少年初预算数 initialBudget");
            } else {
                conflict("initialBudget", RowConflict.ADJUSTED_WITHOUT_INITIAL,
                        "有调整预算数 adjustedBudget 却没有年初预算数 initialBudget");
            }
        }
        BigDecimal fundsReceived = amount("fundsReceived", row.fundsReceived());
        BigDecimal actual = amount("actualExpenditure", row.actualExpenditure());
        BigDecimal carryOver = amount("carryOver", row.carryOver());
        BigDecimal basic = amount("basicExpenditure", row.basicExpenditure());
        BigDecimal personnel = amount("personnelExpenditure", row.personnelExpenditure());
        BigDecimal operating = amount("operatingExpenditure", row.operatingExpenditure());
        BigDecimal project = amount("projectExpenditure", row.projectExpenditure());
        BigDecimal allSource = amount("allSourceExpenditure", row.allSourceExpenditure());
        BigDecimal finalAccounts = amount("finalAccountsExpenditure", row.finalAccountsExpenditure());
        BigDecimal threePublicBudget = amount("threePublicBudget", row.threePublicBudget());
        BigDecimal threePublicActual = amount("threePublicActual", row.threePublicActual());
        BigDecimal procurementBudget = amount("procurementBudget", row.procurementBudget());
        BigDecimal procurementActual = amount("procurementActual", row.procurementActual());
        BigDecimal specialTotal = amount("specialFundsTotal", row.specialFundsTotal());
        BigDecimal specialDetailed = amount("specialFundsDetailed", row.specialFundsDetailed());

        Map<FundSource, BigDecimal> bySource = row.fundSourceExpenditure().isEmpty()
                ? Map.of() : new EnumMap<>(FundSource.class);
        boolean allSourcesParsed = true;
        for (Map.Entry<FundSource, String> entry : row.fundSourceExpenditure().entrySet()) {
            if (AmountParser.isBlank(entry.getValue())) {
                continue;
            }
            BigDecimal value = amount("fundSourceExpenditure." + entry.getKey().name(), entry.getValue());
            if (value == null) {
                allSourcesParsed = false;
            } else {
                bySource.put(entry.getKey(), value);
            }
        }

        checkSum("actualExpenditure", RowConflict.BASIC_PLUS_PROJECT_NOT_TOTAL, "基本支出 + 项目支出",
                basic, project, actual, "实际支出 actualExpenditure");
        checkSum("basicExpenditure", RowConflict.PERSONNEL_PLUS_OPERATING_NOT_BASIC, "人员经费 + 公用经费",
                personnel, operating, basic, "基本支出 basicExpenditure");
        if (allSourcesParsed && !bySource.isEmpty()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal part : bySource.values()) {
                sum = sum.add(part);
            }
            if (allSource == null && AmountParser.isBlank(row.allSourceExpenditure())) {
                allSource = sum;
            } else if (allSource != null && sum.compareTo(allSource) != 0) {
                conflict("allSourceExpenditure", RowConflict.FUND_SOURCES_NOT_TOTAL, "各资金来源之和 "
                        + yuan(sum) + " ≠ 全部支出 allSourceExpenditure " + yuan(allSource));
            }
        }

        Integer authorisedPosts = headCount("authorisedPosts", row.authorisedPosts());
        Integer staffInPost = headCount("staffInPost", row.staffInPost());

        if (currentFailed) {
            return null;
        }
        BudgetFigures figures = new BudgetFigures(initial, adjusted, fundsReceived, actual, carryOver,
                threePublicBudget, threePublicActual, procurementBudget, procurementActual, specialTotal,
                specialDetailed, finalAccounts, allSource, authorisedPosts, staffInPost);
        return new ParsedBudgetRow(row.rowNumber(), unitCode, year, figures, basic, personnel, operating, project,
                bySource);
    }

    /** The row that first had this unit-year, or null when this is the first (then it is remembered). */
    private Integer firstRow(String unitCode, int year, boolean registered, int rowNumber) {
        if (registered && firstRowsByUnit != null && year >= minYear && year <= maxYear) {
            int[] firstRows = firstRowsByUnit.get(unitCode);
            if (firstRows == null) {
                firstRows = new int[maxYear - minYear + 1];
                Arrays.fill(firstRows, NONE);
                firstRowsByUnit.put(unitCode, firstRows);
            }
            int first = firstRows[year - minYear];
            if (first == NONE) {
                firstRows[year - minYear] = rowNumber;
                return null;
            }
            return first;
        }
        return firstRowByUnitYear.putIfAbsent(new UnitYear(unitCode, year), rowNumber);
    }

    /** Parses one optional amount; blank is "not reported" and yields null without a conflict. */
    private BigDecimal amount(String field, String raw) {
        if (AmountParser.isBlank(raw) || current.amountUnit() == null) {
            return null;
        }
        try {
            return AmountParser.parse(raw, current.amountUnit());
        } catch (AmountException refused) {
            conflict(field, rowCode(refused.code()), refused.getMessage());
            return null;
        }
    }

    private void checkSum(String field, String code, String partsLabel, BigDecimal a, BigDecimal b,
                          BigDecimal total, String totalLabel) {
        if (a == null || b == null || total == null) {
            return;
        }
        BigDecimal sum = a.add(b);
        if (sum.compareTo(total) != 0) {
            conflict(field, code, partsLabel + " = " + yuan(sum) + " ≠ " + totalLabel + " " + yuan(total));
        }
    }

    private Integer headCount(String field, Integer value) {
        if (value != null && value < 0) {
            conflict(field, RowConflict.NEGATIVE_COUNT, "人数不能为负数：" + value);
            return null;
        }
        return value;
    }

    private void conflict(String field, String code, String message) {
        currentFailed = true;
        sink.accept(new RowConflict(current.rowNumber(), field, code, message));
    }

    private static String rowCode(String amountCode) {
        return switch (amountCode) {
            case AmountException.NEGATIVE -> RowConflict.NEGATIVE_AMOUNT;
            case AmountException.TOO_MANY_DECIMALS -> RowConflict.TOO_MANY_DECIMALS;
            case AmountException.TOO_LARGE -> RowConflict.TOO_LARGE;
            case AmountException.MISSING_UNIT -> RowConflict.MISSING_UNIT;
            case AmountException.UNIT_MISMATCH -> RowConflict.UNIT_MISMATCH;
            default -> RowConflict.NOT_NUMERIC;
        };
    }

    private static String yuan(BigDecimal amount) {
        return AmountFormatter.toYuan(amount) + " 元";
    }

    private record UnitYear(String unitCode, int fiscalYear) {
    }
}
