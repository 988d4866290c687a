package org.jixiao.budget.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The budget metrics of GLOSSARY.md / SCORING.md §4, computed from pushed figures so that no one types them
 * twice and inflated self-scores can be exposed. Every ratio is a percent rounded once, HALF_UP to 2 decimals;
 * a zero divisor or a missing input yields an undefined metric with its reason, never an exception.
 */
public final class FiscalMetrics {

    public static final String EXECUTION_RATE = "executionRate";
    public static final String ADJUSTMENT_RATE = "adjustmentRate";
    public static final String CARRY_OVER_RATE = "carryOverRate";
    public static final String FUNDING_RATE = "fundingRate";
    public static final String THREE_PUBLIC_CONTROL_RATE = "threePublicControlRate";
    public static final String PROCUREMENT_EXECUTION_RATE = "procurementExecutionRate";
    public static final String SPECIAL_FUND_DETAIL_RATE = "specialFundDetailRate";
    public static final String BUDGET_FINAL_VARIANCE_RATE = "budgetFinalVarianceRate";
    public static final String STAFF_CONTROL_RATE = "staffControlRate";

    /** The order {@link #compute} returns, which is GLOSSARY.md's. */
    public static final List<String> METRIC_NAMES = List.of(EXECUTION_RATE, ADJUSTMENT_RATE, CARRY_OVER_RATE,
            FUNDING_RATE, THREE_PUBLIC_CONTROL_RATE, PROCUREMENT_EXECUTION_RATE, SPECIAL_FUND_DETAIL_RATE,
            BUDGET_FINAL_VARIANCE_RATE, STAFF_CONTROL_RATE);

    /** Seed 002: no 三公 budget and no 三公 spending. Nothing was overspent, but 0 ÷ 0 is not a rate. */
    public static final String REASON_THREE_PUBLIC_NONE_BUDGETED_NONE_SPENT =
            "三公经费预算数与实际支出数均为 0：未超支，控制率不作计算（0 ÷ 0 无定义）";
    /** Spending without any budget is an overspend whose size no percentage can express. */
    public static final String REASON_THREE_PUBLIC_SPENT_WITHOUT_BUDGET =
            "三公经费预算数为 0 而实际支出大于 0：属超支，控制率无法计算（除数为 0）";
    public static final String REASON_PROCUREMENT_NONE_BUDGETED_NONE_SPENT =
            "政府采购预算数与实际采购金额均为 0：无采购事项，执行率不适用（0 ÷ 0 无定义）";
    public static final String REASON_PROCUREMENT_SPENT_WITHOUT_BUDGET =
            "政府采购预算数为 0 而实际采购金额大于 0：无预算采购，执行率无法计算（除数为 0）";
    /** Prefix of the reason when a divisor is zero; the divisor's identifier follows. */
    public static final String REASON_ZERO_DIVISOR_PREFIX = "除数为 0，比率无定义：";
    /** Prefix of the reason when inputs are missing; their identifiers follow, comma-separated. */
    public static final String REASON_MISSING_INPUT_PREFIX = "缺少数据：";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FiscalMetrics() {
    }

    public static List<Metric> compute(BudgetFigures f) {
        Objects.requireNonNull(f, "figures");
        BigDecimal budget = f.budgetInForce();
        List<Metric> metrics = new ArrayList<>(METRIC_NAMES.size());

        metrics.add(ratio(EXECUTION_RATE,
                "actualExpenditure ÷ adjustedBudget × 100% (adjustedBudget = initialBudget when not adjusted)",
                inputs("actualExpenditure", f.actualExpenditure(), "adjustedBudget", budget),
                f.actualExpenditure(), budget, "adjustedBudget", null, null));

        metrics.add(ratio(ADJUSTMENT_RATE,
                "(adjustedBudget − initialBudget) ÷ initialBudget × 100% (adjustedBudget = initialBudget when not adjusted)",
                inputs("adjustedBudget", budget, "initialBudget", f.initialBudget()),
                difference(budget, f.initialBudget()), f.initialBudget(), "initialBudget", null, null));

        metrics.add(ratio(CARRY_OVER_RATE,
                "carryOver ÷ adjustedBudget × 100%",
                inputs("carryOver", f.carryOver(), "adjustedBudget", budget),
                f.carryOver(), budget, "adjustedBudget", null, null));

        metrics.add(ratio(FUNDING_RATE,
                "fundsReceived ÷ adjustedBudget × 100%",
                inputs("fundsReceived", f.fundsReceived(), "adjustedBudget", budget),
                f.fundsReceived(), budget, "adjustedBudget", null, null));

        metrics.add(ratio(THREE_PUBLIC_CONTROL_RATE,
                "threePublicActual ÷ threePublicBudget × 100%",
                inputs("threePublicActual", f.threePublicActual(), "threePublicBudget", f.threePublicBudget()),
                f.threePublicActual(), f.threePublicBudget(), "threePublicBudget",
                REASON_THREE_PUBLIC_NONE_BUDGETED_NONE_SPENT, REASON_THREE_PUBLIC_SPENT_WITHOUT_BUDGET));

        metrics.add(ratio(PROCUREMENT_EXECUTION_RATE,
                "procurementActual ÷ procurementBudget × 100%",
                inputs("procurementActual", f.procurementActual(), "procurementBudget", f.procurementBudget()),
                f.procurementActual(), f.procurementBudget(), "procurementBudget",
                REASON_PROCUREMENT_NONE_BUDGETED_NONE_SPENT, REASON_PROCUREMENT_SPENT_WITHOUT_BUDGET));

        metrics.add(ratio(SPECIAL_FUND_DETAIL_RATE,
                "specialFundsDetailed ÷ specialFundsTotal × 100%",
                inputs("specialFundsDetailed", f.specialFundsDetailed(), "specialFundsTotal", f.specialFundsTotal()),
                f.specialFundsDetailed(), f.specialFundsTotal(), "specialFundsTotal", null, null));

        // Measured against the initial budget: the metric judges how accurately the budget was drawn up, and
        // mid-year adjustments would hide exactly that (seed 001: +20.90% adjusted, 决算 120.90% of initial).
        metrics.add(ratio(BUDGET_FINAL_VARIANCE_RATE,
                "(finalAccountsExpenditure − initialBudget) ÷ initialBudget × 100% (finalAccountsExpenditure = actualExpenditure when not given)",
                inputs("finalAccountsExpenditure", f.finalAccounts(), "initialBudget", f.initialBudget()),
                difference(f.finalAccounts(), f.initialBudget()), f.initialBudget(), "initialBudget", null, null));

        metrics.add(ratio(STAFF_CONTROL_RATE,
                "staffInPost ÷ authorisedPosts × 100%",
                inputs("staffInPost", count(f.staffInPost()), "authorisedPosts", count(f.authorisedPosts())),
                count(f.staffInPost()), count(f.authorisedPosts()), "authorisedPosts", null, null));

        return List.copyOf(metrics);
    }

    /**
     * True when money was spent that the 决算 does not show (seed 001: 994.07 万元 spent from all sources,
     * 667.92 in the 决算): the final accounts are incomplete, which is a finding. False when either is unknown.
     */
    public static boolean finalAccountsIncomplete(BudgetFigures f) {
        Objects.requireNonNull(f, "figures");
        BigDecimal finalAccounts = f.finalAccounts();
        return f.allSourceExpenditure() != null && finalAccounts != null
                && f.allSourceExpenditure().compareTo(finalAccounts) > 0;
    }

    /**
     * @param zeroOverZeroReason   reason when numerator and divisor are both 0; null to use the generic one
     * @param zeroDivisorReason    reason when only the divisor is 0; null to use the generic one
     */
    private static Metric ratio(String name, String formula, Map<String, BigDecimal> inputs,
                                BigDecimal numerator, BigDecimal divisor, String divisorName,
                                String zeroOverZeroReason, String zeroDivisorReason) {
        List<String> missing = new ArrayList<>(2);
        for (Map.Entry<String, BigDecimal> input : inputs.entrySet()) {
            if (input.getValue() == null) {
                missing.add(input.getKey());
            }
        }
        Map<String, BigDecimal> known = new LinkedHashMap<>(inputs);
        known.values().removeIf(Objects::isNull);
        if (!missing.isEmpty()) {
            return new Metric(name, formula, known, null, REASON_MISSING_INPUT_PREFIX + String.join(", ", missing));
        }
        if (divisor.signum() == 0) {
            String generic = REASON_ZERO_DIVISOR_PREFIX + divisorName;
            String reason = numerator.signum() == 0
                    ? (zeroOverZeroReason != null ? zeroOverZeroReason : generic)
                    : (zeroDivisorReason != null ? zeroDivisorReason : generic);
            return new Metric(name, formula, known, null, reason);
        }
        BigDecimal percent = numerator.multiply(HUNDRED).divide(divisor, 2, RoundingMode.HALF_UP);
        return new Metric(name, formula, known, percent, null);
    }

    private static Map<String, BigDecimal> inputs(String firstName, BigDecimal first, String secondName,
                                                  BigDecimal second) {
        Map<String, BigDecimal> inputs = new LinkedHashMap<>(4);
        inputs.put(firstName, first);
        inputs.put(secondName, second);
        return inputs;
    }

    private static BigDecimal difference(BigDecimal minuend, BigDecimal subtrahend) {
        return minuend == null || subtrahend == null ? null : minuend.subtract(subtrahend);
    }

    private static BigDecimal count(Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }
}
