package org.jixiao.budget.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One unit's budget figures for one fiscal year, in 元 with 2 decimals: the inputs of {@link FiscalMetrics}.
 * Every component may be null when it was not reported; a metric that needs it is then undefined, with the
 * missing input named, rather than computed from a guess.
 *
 * @param initialBudget            年初预算数
 * @param adjustedBudget           调整预算数; null means nothing was adjusted (see {@link #budgetInForce()})
 * @param fundsReceived            实际到位资金
 * @param actualExpenditure        实际支出 / 决算支出 / 执行数
 * @param carryOver                结转结余
 * @param threePublicBudget        三公经费预算数
 * @param threePublicActual        三公经费实际支出数
 * @param procurementBudget        政府采购预算数
 * @param procurementActual        实际政府采购金额
 * @param specialFundsTotal        部门参与分配的专项资金总数
 * @param specialFundsDetailed     已细化到具体承担单位的专项资金数
 * @param finalAccountsExpenditure 决算数 as published; null means the same as actualExpenditure
 * @param allSourceExpenditure     全部资金来源的支出 (财政拨款 + 单位资金 + …); more than the 决算 means it is incomplete
 * @param authorisedPosts          编制数
 * @param staffInPost              在职人数
 */
public record BudgetFigures(
        BigDecimal initialBudget,
        BigDecimal adjustedBudget,
        BigDecimal fundsReceived,
        BigDecimal actualExpenditure,
        BigDecimal carryOver,
        BigDecimal threePublicBudget,
        BigDecimal threePublicActual,
        BigDecimal procurementBudget,
        BigDecimal procurementActual,
        BigDecimal specialFundsTotal,
        BigDecimal specialFundsDetailed,
        BigDecimal finalAccountsExpenditure,
        BigDecimal allSourceExpenditure,
        Integer authorisedPosts,
        Integer staffInPost) {

    public BudgetFigures {
        initialBudget = money("initialBudget", initialBudget);
        adjustedBudget = money("adjustedBudget", adjustedBudget);
        fundsReceived = money("fundsReceived", fundsReceived);
        actualExpenditure = money("actualExpenditure", actualExpenditure);
        carryOver = money("carryOver", carryOver);
        threePublicBudget = money("threePublicBudget", threePublicBudget);
        threePublicActual = money("threePublicActual", threePublicActual);
        procurementBudget = money("procurementBudget", procurementBudget);
        procurementActual = money("procurementActual", procurementActual);
        specialFundsTotal = money("specialFundsTotal", specialFundsTotal);
        specialFundsDetailed = money("specialFundsDetailed", specialFundsDetailed);
        finalAccountsExpenditure = money("finalAccountsExpenditure", finalAccountsExpenditure);
        allSourceExpenditure = money("allSourceExpenditure", allSourceExpenditure);
        count("authorisedPosts", authorisedPosts);
        count("staffInPost", staffInPost);
    }

    /** The budget that spending is measured against: the adjusted budget, or the initial one if none was adjusted. */
    public BigDecimal budgetInForce() {
        return adjustedBudget != null ? adjustedBudget : initialBudget;
    }

    /** The 决算 figure: as published, or the actual expenditure when no separate figure was given. */
    public BigDecimal finalAccounts() {
        return finalAccountsExpenditure != null ? finalAccountsExpenditure : actualExpenditure;
    }

    public static Builder builder() {
        return new Builder();
    }

    private static BigDecimal money(String name, BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value.toPlainString());
        }
        try {
            return value.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException finerThanFen) {
            throw new IllegalArgumentException(name + " is not a whole number of fen: " + value.toPlainString(),
                    finerThanFen);
        }
    }

    private static void count(String name, Integer value) {
        if (value != null && value < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
    }

    /** Fifteen optional components are unreadable as positional arguments; name them instead. */
    public static final class Builder {
        private BigDecimal initialBudget;
        private BigDecimal adjustedBudget;
        private BigDecimal fundsReceived;
        private BigDecimal actualExpenditure;
        private BigDecimal carryOver;
        private BigDecimal threePublicBudget;
        private BigDecimal threePublicActual;
        private BigDecimal procurementBudget;
        private BigDecimal procurementActual;
        private BigDecimal specialFundsTotal;
        private BigDecimal specialFundsDetailed;
        private BigDecimal finalAccountsExpenditure;
        private BigDecimal allSourceExpenditure;
        private Integer authorisedPosts;
        private Integer staffInPost;

        private Builder() {
        }

        public Builder initialBudget(BigDecimal v) { initialBudget = v; return this; }
        public Builder adjustedBudget(BigDecimal v) { adjustedBudget = v; return this; }
        public Builder fundsReceived(BigDecimal v) { fundsReceived = v; return this; }
        public Builder actualExpenditure(BigDecimal v) { actualExpenditure = v; return this; }
        public Builder carryOver(BigDecimal v) { carryOver = v; return this; }
        public Builder threePublicBudget(BigDecimal v) { threePublicBudget = v; return this; }
        public Builder threePublicActual(BigDecimal v) { threePublicActual = v; return this; }
        public Builder procurementBudget(BigDecimal v) { procurementBudget = v; return this; }
        public Builder procurementActual(BigDecimal v) { procurementActual = v; return this; }
        public Builder specialFundsTotal(BigDecimal v) { specialFundsTotal = v; return this; }
        public Builder specialFundsDetailed(BigDecimal v) { specialFundsDetailed = v; return this; }
        public Builder finalAccountsExpenditure(BigDecimal v) { finalAccountsExpenditure = v; return this; }
        public Builder allSourceExpenditure(BigDecimal v) { allSourceExpenditure = v; return this; }
        public Builder authorisedPosts(Integer v) { authorisedPosts = v; return this; }
        public Builder staffInPost(Integer v) { staffInPost = v; return this; }

        public BudgetFigures build() {
            return new BudgetFigures(initialBudget, adjustedBudget, fundsReceived, actualExpenditure, carryOver,
                    threePublicBudget, threePublicActual, procurementBudget, procurementActual, specialFundsTotal,
                    specialFundsDetailed, finalAccountsExpenditure, allSourceExpenditure, authorisedPosts,
                    staffInPost);
        }
    }
}
