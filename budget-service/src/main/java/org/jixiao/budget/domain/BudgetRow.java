package org.jixiao.budget.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One line of a district system's budget push, as received: amounts are raw text in {@link #amountUnit()},
 * validated by {@link BudgetRowValidator}. Blank means "not reported".
 *
 * <p>The amount unit is called {@code amountUnit}, not {@code unit}: in GLOSSARY.md {@code unit} is the
 * budget-holding body ({@code unitCode}).
 *
 * <p>The basic/project breakdown splits {@code actualExpenditure} (决算: 基本支出 + 项目支出 = 支出合计); the
 * fund-source breakdown splits {@code allSourceExpenditure} (seed 001: 财政拨款 667.92 + 单位资金 326.15 =
 * 994.07 万元).
 */
public record BudgetRow(
        int rowNumber,
        String unitCode,
        Integer fiscalYear,
        AmountUnit amountUnit,
        String initialBudget,
        String adjustedBudget,
        String fundsReceived,
        String actualExpenditure,
        String carryOver,
        String basicExpenditure,
        String personnelExpenditure,
        String operatingExpenditure,
        String projectExpenditure,
        Map<FundSource, String> fundSourceExpenditure,
        String allSourceExpenditure,
        String finalAccountsExpenditure,
        String threePublicBudget,
        String threePublicActual,
        String procurementBudget,
        String procurementActual,
        String specialFundsTotal,
        String specialFundsDetailed,
        Integer authorisedPosts,
        Integer staffInPost) {

    public BudgetRow {
        fundSourceExpenditure = fundSourceExpenditure == null || fundSourceExpenditure.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(fundSourceExpenditure));
    }

    /** The same row for another unit-year: a single-resource PUT takes the key from its path. */
    public BudgetRow withKey(String unitCode, Integer fiscalYear) {
        return new BudgetRow(rowNumber, unitCode, fiscalYear, amountUnit, initialBudget, adjustedBudget,
                fundsReceived, actualExpenditure, carryOver, basicExpenditure, personnelExpenditure,
                operatingExpenditure, projectExpenditure, fundSourceExpenditure, allSourceExpenditure,
                finalAccountsExpenditure, threePublicBudget, threePublicActual, procurementBudget,
                procurementActual, specialFundsTotal, specialFundsDetailed, authorisedPosts, staffInPost);
    }

    public static Builder builder(int rowNumber) {
        return new Builder(rowNumber);
    }

    /** Twenty-four mostly optional components are unreadable as positional arguments; name them instead. */
    public static final class Builder {
        private final int rowNumber;
        private String unitCode;
        private Integer fiscalYear;
        private AmountUnit amountUnit;
        private String initialBudget;
        private String adjustedBudget;
        private String fundsReceived;
        private String actualExpenditure;
        private String carryOver;
        private String basicExpenditure;
        private String personnelExpenditure;
        private String operatingExpenditure;
        private String projectExpenditure;
        private final Map<FundSource, String> fundSourceExpenditure = new EnumMap<>(FundSource.class);
        private String allSourceExpenditure;
        private String finalAccountsExpenditure;
        private String threePublicBudget;
        private String threePublicActual;
        private String procurementBudget;
        private String procurementActual;
        private String specialFundsTotal;
        private String specialFundsDetailed;
        private Integer authorisedPosts;
        private Integer staffInPost;

        private Builder(int rowNumber) {
            this.rowNumber = rowNumber;
        }

        public Builder unitCode(String v) { unitCode = v; return this; }
        public Builder fiscalYear(Integer v) { fiscalYear = v; return this; }
        public Builder amountUnit(AmountUnit v) { amountUnit = v; return this; }
        public Builder initialBudget(String v) { initialBudget = v; return this; }
        public Builder adjustedBudget(String v) { adjustedBudget = v; return this; }
        public Builder fundsReceived(String v) { fundsReceived = v; return this; }
        public Builder actualExpenditure(String v) { actualExpenditure = v; return this; }
        public Builder carryOver(String v) { carryOver = v; return this; }
        public Builder basicExpenditure(String v) { basicExpenditure = v; return this; }
        public Builder personnelExpenditure(String v) { personnelExpenditure = v; return this; }
        public Builder operatingExpenditure(String v) { operatingExpenditure = v; return this; }
        public Builder projectExpenditure(String v) { projectExpenditure = v; return this; }
        public Builder fundSource(FundSource source, String v) { fundSourceExpenditure.put(source, v); return this; }
        public Builder allSourceExpenditure(String v) { allSourceExpenditure = v; return this; }
        public Builder finalAccountsExpenditure(String v) { finalAccountsExpenditure = v; return this; }
        public Builder threePublicBudget(String v) { threePublicBudget = v; return this; }
        public Builder threePublicActual(String v) { threePublicActual = v; return this; }
        public Builder procurementBudget(String v) { procurementBudget = v; return this; }
        public Builder procurementActual(String v) { procurementActual = v; return this; }
        public Builder specialFundsTotal(String v) { specialFundsTotal = v; return this; }
        public Builder specialFundsDetailed(String v) { specialFundsDetailed = v; return this; }
        public Builder authorisedPosts(Integer v) { authorisedPosts = v; return this; }
        public Builder staffInPost(Integer v) { staffInPost = v; return this; }

        public BudgetRow build() {
            return new BudgetRow(rowNumber, unitCode, fiscalYear, amountUnit, initialBudget, adjustedBudget,
                    fundsReceived, actualExpenditure, carryOver, basicExpenditure, personnelExpenditure,
                    operatingExpenditure, projectExpenditure, fundSourceExpenditure, allSourceExpenditure,
                    finalAccountsExpenditure, threePublicBudget, threePublicActual, procurementBudget,
                    procurementActual, specialFundsTotal, specialFundsDetailed, authorisedPosts, staffInPost);
        }
    }
}
