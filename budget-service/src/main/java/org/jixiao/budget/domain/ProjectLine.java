package org.jixiao.budget.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One 项目支出 line of a unit-year, validated, amounts in 元 with 2 decimals.
 *
 * @param projectCode       the project's code, unique within the unit-year
 * @param projectName       项目名称
 * @param fundSource        资金来源; null when not stated
 * @param initialBudget     年初预算数
 * @param adjustedBudget    调整预算数; null means not adjusted (see {@link #budgetInForce()})
 * @param actualExpenditure 实际支出
 * @param functionalCode    功能科目 (3, 5 or 7 digits); null when not stated
 * @param economicCode      经济科目 (3 or 5 digits); null when not stated
 */
public record ProjectLine(String projectCode, String projectName, FundSource fundSource, BigDecimal initialBudget,
                          BigDecimal adjustedBudget, BigDecimal actualExpenditure, String functionalCode,
                          String economicCode) {

    public ProjectLine {
        Objects.requireNonNull(projectCode, "projectCode");
        Objects.requireNonNull(projectName, "projectName");
        initialBudget = Money.fen("initialBudget", Objects.requireNonNull(initialBudget, "initialBudget"));
        adjustedBudget = Money.fen("adjustedBudget", adjustedBudget);
        actualExpenditure = Money.fen("actualExpenditure",
                Objects.requireNonNull(actualExpenditure, "actualExpenditure"));
    }

    /** The budget spending is measured against: adjusted, or initial when not adjusted. */
    public BigDecimal budgetInForce() {
        return adjustedBudget != null ? adjustedBudget : initialBudget;
    }

    /** 预算执行率 of the project: actualExpenditure ÷ budgetInForce, percent; null when the budget is 0. */
    public BigDecimal executionRate() {
        return Percentages.of(actualExpenditure, budgetInForce());
    }
}
