package org.jixiao.budget.service.imports;

import java.util.List;
import java.util.Set;
import org.jixiao.budget.domain.MonthlyExecutions;
import org.jixiao.budget.domain.ProjectLines;
import org.jixiao.budget.domain.SpecialFunds;
import org.jixiao.budget.domain.ThreePublicExpenses;

/**
 * The detail lists a JSON push row may carry, as sent: each null when the row leaves that list out (the stored list
 * stays as it is), else the whole list that replaces the stored one (an empty list clears it). An entry that was not
 * an object is null, for the domain to name. Amounts are text in the row's amountUnit.
 */
public record RowDetails(List<ProjectLines.Input> projects, List<ThreePublicExpenses.Input> threePublicExpenses,
                         List<SpecialFunds.Input> specialFunds, List<MonthlyExecutions.Input> monthlyExecution) {

    public static final String PROJECTS = "projects";
    public static final String THREE_PUBLIC_EXPENSES = "threePublicExpenses";
    public static final String SPECIAL_FUNDS = "specialFunds";
    public static final String MONTHLY_EXECUTION = "monthlyExecution";
    /** The row fields that carry lists; a row without them is read exactly as before. */
    public static final Set<String> FIELDS = Set.of(PROJECTS, THREE_PUBLIC_EXPENSES, SPECIAL_FUNDS, MONTHLY_EXECUTION);

    /** The fields of one entry of each list, as the sub-resource PUT bodies name them. */
    static final Set<String> PROJECT_FIELDS = Set.of("projectCode", "projectName", "fundSource", "initialBudget",
            "adjustedBudget", "actualExpenditure", "functionalCode", "economicCode");
    static final Set<String> THREE_PUBLIC_FIELDS = Set.of("item", "budget", "actual");
    static final Set<String> SPECIAL_FUND_FIELDS = Set.of("code", "name", "totalAmount", "detailedAmount");
    static final Set<String> MONTH_FIELDS = Set.of("month", "cumulativeActual");

    static Set<String> entryFields(String list) {
        return switch (list) {
            case PROJECTS -> PROJECT_FIELDS;
            case THREE_PUBLIC_EXPENSES -> THREE_PUBLIC_FIELDS;
            case SPECIAL_FUNDS -> SPECIAL_FUND_FIELDS;
            case MONTHLY_EXECUTION -> MONTH_FIELDS;
            default -> throw new IllegalArgumentException("not a list field: " + list);
        };
    }

    RowDetails with(String list, List<?> entries) {
        return switch (list) {
            case PROJECTS -> new RowDetails(cast(entries), threePublicExpenses, specialFunds, monthlyExecution);
            case THREE_PUBLIC_EXPENSES -> new RowDetails(projects, cast(entries), specialFunds, monthlyExecution);
            case SPECIAL_FUNDS -> new RowDetails(projects, threePublicExpenses, cast(entries), monthlyExecution);
            case MONTHLY_EXECUTION -> new RowDetails(projects, threePublicExpenses, specialFunds, cast(entries));
            default -> throw new IllegalArgumentException("not a list field: " + list);
        };
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(List<?> entries) {
        return (List<T>) entries;
    }
}
