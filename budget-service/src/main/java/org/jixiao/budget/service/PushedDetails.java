package org.jixiao.budget.service;

import java.util.List;
import java.util.function.Consumer;
import org.jixiao.budget.domain.AmountUnit;
import org.jixiao.budget.domain.BudgetFigures;
import org.jixiao.budget.domain.DetailIssue;
import org.jixiao.budget.domain.MonthlyExecution;
import org.jixiao.budget.domain.MonthlyExecutions;
import org.jixiao.budget.domain.ProjectLine;
import org.jixiao.budget.domain.ProjectLines;
import org.jixiao.budget.domain.RowConflict;
import org.jixiao.budget.domain.SpecialFund;
import org.jixiao.budget.domain.SpecialFunds;
import org.jixiao.budget.domain.ThreePublicExpense;
import org.jixiao.budget.domain.ThreePublicExpenses;
import org.jixiao.budget.domain.Validated;
import org.jixiao.budget.service.BudgetDetailsService.PushedLists;
import org.jixiao.budget.service.imports.RowDetails;

/**
 * Validates the detail lists of one push row with the domain's validators, as the sub-resource PUTs do, and reports
 * their problems as the row's conflicts: {@code projects[2].actualExpenditure}, {@code threePublicExpenses[].budget},
 * {@code monthlyExecution[0].month} … with the validators' codes. The sums of 三公经费 and 专项资金 are compared with the
 * row's own figures (the unit-year's figures once the row is written); a disagreement, a 422 on the sub-resource, is a
 * conflict of the row with the same code. Project and monthly warnings stay warnings, answered by the GETs.
 */
final class PushedDetails {
    private PushedDetails() {
    }

    /**
     * The row's lists, valid; null when any of them has a problem (each reported to {@code conflicts}).
     *
     * @param figures the row's figures; null when the row itself is invalid (its lists are still checked field by
     *                field, so that the caller sees every problem at once, but not against figures that are wrong)
     */
    static PushedLists validate(int rowNumber, RowDetails details, AmountUnit unit, BudgetFigures figures,
            Consumer<RowConflict> conflicts) {
        int[] problems = {0};
        Consumer<List<DetailIssue>> report = issues -> {
            for (DetailIssue issue : issues) {
                problems[0]++;
                conflicts.accept(new RowConflict(rowNumber, pushField(issue.field()), issue.code(), issue.message()));
            }
        };
        List<ProjectLine> projects = details.projects() == null ? null
                : valid(ProjectLines.validate(details.projects(), unit), report);
        List<ThreePublicExpense> threePublic = details.threePublicExpenses() == null ? null
                : valid(ThreePublicExpenses.validate(details.threePublicExpenses(), unit), report);
        List<SpecialFund> funds = details.specialFunds() == null ? null
                : valid(SpecialFunds.validate(details.specialFunds(), unit), report);
        List<MonthlyExecution> months = details.monthlyExecution() == null ? null
                : valid(MonthlyExecutions.validate(details.monthlyExecution(), unit), report);
        if (figures != null) {
            if (threePublic != null) {
                report.accept(ThreePublicExpenses.mismatches(threePublic, figures));
            }
            if (funds != null) {
                report.accept(SpecialFunds.mismatches(funds, figures));
            }
        }
        return problems[0] == 0 ? new PushedLists(projects, threePublic, funds, months) : null;
    }

    private static <T> T valid(Validated<T> validated, Consumer<List<DetailIssue>> report) {
        report.accept(validated.errors());
        return validated.value();
    }

    /** The PUT bodies' list names ({@code items}, {@code months}) as a push row names them. */
    static String pushField(String field) {
        if (field.startsWith(ThreePublicExpenses.FIELD)) {
            return RowDetails.THREE_PUBLIC_EXPENSES + field.substring(ThreePublicExpenses.FIELD.length());
        }
        if (field.startsWith(MonthlyExecutions.FIELD)) {
            return RowDetails.MONTHLY_EXECUTION + field.substring(MonthlyExecutions.FIELD.length());
        }
        return field;
    }
}
