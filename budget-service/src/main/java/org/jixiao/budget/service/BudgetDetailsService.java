package org.jixiao.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jixiao.budget.domain.AmountUnit;
import org.jixiao.budget.domain.BudgetFigures;
import org.jixiao.budget.domain.DetailIssue;
import org.jixiao.budget.domain.MonthlyExecution;
import org.jixiao.budget.domain.MonthlyExecutions;
import org.jixiao.budget.domain.ProjectLine;
import org.jixiao.budget.domain.ProjectLines;
import org.jixiao.budget.domain.SpecialFund;
import org.jixiao.budget.domain.SpecialFunds;
import org.jixiao.budget.domain.ThreePublicExpense;
import org.jixiao.budget.domain.ThreePublicExpenses;
import org.jixiao.budget.domain.Validated;
import org.jixiao.budget.repository.BudgetDetailsStore;
import org.jixiao.budget.repository.BudgetDetailsStore.DetailTable;
import org.jixiao.budget.repository.BudgetDetailsStore.SetVersion;
import org.jixiao.budget.repository.BudgetStore;
import org.jixiao.budget.repository.BudgetStore.StoredBudget;
import org.jixiao.budget.rest.BudgetDetailsDtos.BudgetDetailsResponse;
import org.jixiao.budget.rest.BudgetDetailsDtos.MonthlyExecutionRequest;
import org.jixiao.budget.rest.BudgetDetailsDtos.MonthlyExecutionResponse;
import org.jixiao.budget.rest.BudgetDetailsDtos.ProjectLineResponse;
import org.jixiao.budget.rest.BudgetDetailsDtos.ProjectsRequest;
import org.jixiao.budget.rest.BudgetDetailsDtos.ProjectsResponse;
import org.jixiao.budget.rest.BudgetDetailsDtos.SpecialFundResponse;
import org.jixiao.budget.rest.BudgetDetailsDtos.SpecialFundsRequest;
import org.jixiao.budget.rest.BudgetDetailsDtos.SpecialFundsResponse;
import org.jixiao.budget.rest.BudgetDetailsDtos.ThreePublicExpensesRequest;
import org.jixiao.budget.rest.BudgetDetailsDtos.ThreePublicExpensesResponse;
import org.jixiao.budget.rest.BudgetDetailsDtos.ThreePublicItemResponse;
import org.jixiao.commons.audit.AuditTrail;
import org.jixiao.commons.outbox.Outbox;
import org.jixiao.commons.problem.Problem.FieldError;
import org.jixiao.commons.problem.ProblemException;
import org.jixiao.events.BudgetUpdated;
import org.jixiao.events.EventTypes;
import org.jixiao.events.Topics;

/**
 * A unit-year's detail lists: 项目支出 per project, 三公经费 by item, 专项资金 and monthly cumulative execution.
 *
 * <p>Each PUT replaces one whole list in one transaction, in this order: the unit must be writable by the caller
 * (404 otherwise, as for a unit that does not exist), the unit-year must have a budget (404), the list must be valid
 * (400 naming every bad field), and for 三公经费 and 专项资金 its sums must agree with the unit-year's figures (422).
 * A change records an audit entry and announces budget.updated, so that evaluations see their snapshot is stale; an
 * identical PUT changes nothing and records nothing. Consistency warnings are computed against the unit-year's
 * figures as they stand when the list is answered, so a later change of those figures shows up on the next read.
 *
 * <p>The four lists go through the same {@link #read} and {@link #replace}; what differs between them is stated once
 * per list in a {@link DetailList}.
 */
@ApplicationScoped
public class BudgetDetailsService {
    static final String RESOURCE_TYPE = "Budget";
    static final int UNPROCESSABLE = 422;

    /**
     * What one list needs beyond the shared steps of reading and replacing it.
     *
     * @param table       where it is stored
     * @param validate    the domain's validation of the list as sent, in the request's amountUnit
     * @param refusals    sums that state one of the unit-year's figures differently (422); none for lists whose
     *                    disagreement with the unit-year is only a warning
     * @param refusedAs   the 422's detail, before the first refusal's message
     * @param auditAction the audit trail's action of a change
     * @param summary     the audit summary of a change from the rows before to the rows after
     * @param answer      the response of the unit-year's budget, the list's version and its rows
     * @param <I>         one entry as sent, {@code ProjectLines.Input} …
     * @param <T>         one validated row, {@code ProjectLine} …
     * @param <R>         the list's response
     */
    private record DetailList<I, T, R>(
            DetailTable<T> table,
            BiFunction<List<I>, AmountUnit, Validated<List<T>>> validate,
            BiFunction<List<T>, BudgetFigures, List<DetailIssue>> refusals,
            String refusedAs,
            String auditAction,
            BiFunction<List<T>, List<T>, String> summary,
            Answer<T, R> answer) {
    }

    @FunctionalInterface
    private interface Answer<T, R> {
        R of(StoredBudget budget, SetVersion version, List<T> rows);
    }

    private static final DetailList<ProjectLines.Input, ProjectLine, ProjectsResponse> PROJECTS =
            new DetailList<>(BudgetDetailsStore.PROJECTS, ProjectLines::validate,
                    // Σ actuals ≠ projectExpenditure is only a warning: the 决算's 项目支出 may cover more projects
                    (lines, figures) -> List.of(), null,
                    "PUT_PROJECTS", BudgetDetailsService::projectsSummary, BudgetDetailsService::projectsResponse);

    private static final DetailList<ThreePublicExpenses.Input, ThreePublicExpense, ThreePublicExpensesResponse>
            THREE_PUBLIC_EXPENSES = new DetailList<>(BudgetDetailsStore.THREE_PUBLIC_EXPENSES,
                    ThreePublicExpenses::validate,
                    ThreePublicExpenses::mismatches, "the items do not add up to the unit-year's 三公经费",
                    "PUT_THREE_PUBLIC_EXPENSES", BudgetDetailsService::threePublicSummary,
                    BudgetDetailsService::threePublicResponse);

    private static final DetailList<SpecialFunds.Input, SpecialFund, SpecialFundsResponse> SPECIAL_FUNDS =
            new DetailList<>(BudgetDetailsStore.SPECIAL_FUNDS, SpecialFunds::validate,
                    SpecialFunds::mismatches, "the special funds do not add up to the unit-year's 专项资金 figures",
                    "PUT_SPECIAL_FUNDS", BudgetDetailsService::specialFundsSummary,
                    BudgetDetailsService::specialFundsResponse);

    private static final DetailList<MonthlyExecutions.Input, MonthlyExecution, MonthlyExecutionResponse>
            MONTHLY_EXECUTION = new DetailList<>(BudgetDetailsStore.MONTHLY_EXECUTION, MonthlyExecutions::validate,
                    // a December figure other than actualExpenditure is only a warning (MonthlyExecutions.consistency)
                    (months, figures) -> List.of(), null,
                    "PUT_MONTHLY_EXECUTION", BudgetDetailsService::monthlySummary,
                    BudgetDetailsService::monthlyResponse);

    private final BudgetDetailsStore details;
    private final BudgetStore budgets;
    private final UnitScope scope;
    private final AuditTrail auditTrail;
    private final Outbox outbox;

    public BudgetDetailsService(BudgetDetailsStore details, BudgetStore budgets, UnitScope scope, AuditTrail auditTrail,
            Outbox outbox) {
        this.details = details;
        this.budgets = budgets;
        this.scope = scope;
        this.auditTrail = auditTrail;
        this.outbox = outbox;
    }

    // 项目支出

    @Transactional
    public ProjectsResponse projects(String unitCode, int fiscalYear) {
        return read(unitCode, fiscalYear, PROJECTS);
    }

    @Transactional
    public ProjectsResponse putProjects(String unitCode, int fiscalYear, ProjectsRequest request) {
        return replace(unitCode, fiscalYear, PROJECTS, request.amountUnit(), inputs(request.projects(),
                p -> new ProjectLines.Input(p.projectCode(), p.projectName(), p.fundSource(), p.initialBudget(),
                        p.adjustedBudget(), p.actualExpenditure(), p.functionalCode(), p.economicCode())));
    }

    private static String projectsSummary(List<ProjectLine> before, List<ProjectLine> after) {
        return "projects " + before.size() + " -> " + after.size() + ", actual total "
                + (before.isEmpty() ? "none" : ProjectLines.totals(before).actualExpenditure()) + " -> "
                + (after.isEmpty() ? "none" : ProjectLines.totals(after).actualExpenditure());
    }

    private static ProjectsResponse projectsResponse(StoredBudget budget, SetVersion version, List<ProjectLine> lines) {
        ProjectLines.Totals totals = ProjectLines.totals(lines);
        BigDecimal projectExpenditure = budget.content().projectExpenditure();
        return new ProjectsResponse(budget.unitCode(), budget.fiscalYear(), version.version(), version.updatedAt(),
                lines.stream().map(l -> new ProjectLineResponse(l.projectCode(), l.projectName(), l.fundSource(),
                        l.initialBudget(), l.adjustedBudget(), l.actualExpenditure(), l.functionalCode(),
                        l.economicCode(), l.executionRate())).toList(),
                totals.initialBudget(), totals.budgetInForce(), totals.actualExpenditure(), projectExpenditure,
                ProjectLines.consistency(lines, projectExpenditure));
    }

    // 三公经费

    @Transactional
    public ThreePublicExpensesResponse threePublicExpenses(String unitCode, int fiscalYear) {
        return read(unitCode, fiscalYear, THREE_PUBLIC_EXPENSES);
    }

    @Transactional
    public ThreePublicExpensesResponse putThreePublicExpenses(String unitCode, int fiscalYear,
            ThreePublicExpensesRequest request) {
        return replace(unitCode, fiscalYear, THREE_PUBLIC_EXPENSES, request.amountUnit(), inputs(request.items(),
                i -> new ThreePublicExpenses.Input(i.item(), i.budget(), i.actual())));
    }

    private static String threePublicSummary(List<ThreePublicExpense> before, List<ThreePublicExpense> after) {
        return "budget total " + threePublicBudget(before) + " -> " + threePublicBudget(after)
                + ", actual total " + orNone(ThreePublicExpenses.totalActual(before)) + " -> "
                + orNone(ThreePublicExpenses.totalActual(after));
    }

    private static String threePublicBudget(List<ThreePublicExpense> items) {
        return items.isEmpty() ? "none" : ThreePublicExpenses.totalBudget(items).toPlainString();
    }

    private static ThreePublicExpensesResponse threePublicResponse(StoredBudget budget, SetVersion version,
            List<ThreePublicExpense> items) {
        BudgetFigures figures = budget.content().figures();
        return new ThreePublicExpensesResponse(budget.unitCode(), budget.fiscalYear(), version.version(),
                version.updatedAt(),
                items.stream().map(i -> new ThreePublicItemResponse(i.item(), i.item().label(), i.budget(), i.actual(),
                        i.overspent(), ThreePublicExpenses.controlRate(i))).toList(),
                items.isEmpty() ? null : ThreePublicExpenses.totalBudget(items), ThreePublicExpenses.totalActual(items),
                figures.threePublicBudget(), figures.threePublicActual(), ThreePublicExpenses.totalControlRate(items),
                ThreePublicExpenses.mismatches(items, figures));
    }

    // 专项资金

    @Transactional
    public SpecialFundsResponse specialFunds(String unitCode, int fiscalYear) {
        return read(unitCode, fiscalYear, SPECIAL_FUNDS);
    }

    @Transactional
    public SpecialFundsResponse putSpecialFunds(String unitCode, int fiscalYear, SpecialFundsRequest request) {
        return replace(unitCode, fiscalYear, SPECIAL_FUNDS, request.amountUnit(), inputs(request.specialFunds(),
                f -> new SpecialFunds.Input(f.code(), f.name(), f.totalAmount(), f.detailedAmount())));
    }

    private static String specialFundsSummary(List<SpecialFund> before, List<SpecialFund> after) {
        return "funds " + before.size() + " -> " + after.size() + ", total " + SpecialFunds.totalAmount(before)
                + " -> " + SpecialFunds.totalAmount(after) + ", detailed " + SpecialFunds.detailedAmount(before)
                + " -> " + SpecialFunds.detailedAmount(after);
    }

    private static SpecialFundsResponse specialFundsResponse(StoredBudget budget, SetVersion version,
            List<SpecialFund> funds) {
        BudgetFigures figures = budget.content().figures();
        return new SpecialFundsResponse(budget.unitCode(), budget.fiscalYear(), version.version(), version.updatedAt(),
                funds.stream().map(f -> new SpecialFundResponse(f.code(), f.name(), f.totalAmount(),
                        f.detailedAmount(), f.detailRate())).toList(),
                SpecialFunds.totalAmount(funds), SpecialFunds.detailedAmount(funds), figures.specialFundsTotal(),
                figures.specialFundsDetailed(), SpecialFunds.detailRate(funds), SpecialFunds.mismatches(funds, figures));
    }

    // 月度执行

    @Transactional
    public MonthlyExecutionResponse monthlyExecution(String unitCode, int fiscalYear) {
        return read(unitCode, fiscalYear, MONTHLY_EXECUTION);
    }

    @Transactional
    public MonthlyExecutionResponse putMonthlyExecution(String unitCode, int fiscalYear,
            MonthlyExecutionRequest request) {
        return replace(unitCode, fiscalYear, MONTHLY_EXECUTION, request.amountUnit(), inputs(request.months(),
                m -> new MonthlyExecutions.Input(m.month(), m.cumulativeActual())));
    }

    private static String monthlySummary(List<MonthlyExecution> before, List<MonthlyExecution> after) {
        return "months " + before.size() + " -> " + after.size() + ", latest " + latest(before) + " -> "
                + latest(after);
    }

    private static String latest(List<MonthlyExecution> months) {
        if (months.isEmpty()) {
            return "none";
        }
        MonthlyExecution last = months.get(months.size() - 1);
        return "month " + last.month() + " cumulative " + last.cumulativeActual();
    }

    private static MonthlyExecutionResponse monthlyResponse(StoredBudget budget, SetVersion version,
            List<MonthlyExecution> months) {
        BudgetFigures figures = budget.content().figures();
        BigDecimal budgetInForce = figures.budgetInForce();
        return new MonthlyExecutionResponse(budget.unitCode(), budget.fiscalYear(), version.version(),
                version.updatedAt(), budgetInForce,
                figures.adjustedBudget() != null ? "adjustedBudget" : "initialBudget",
                MonthlyExecutions.progress(months, budgetInForce), MonthlyExecutions.consistency(months, figures));
    }

    // all together

    @Transactional
    public BudgetDetailsResponse all(String unitCode, int fiscalYear) {
        scope.visibleUnit(unitCode);
        StoredBudget budget = budget(unitCode, fiscalYear);
        return new BudgetDetailsResponse(BudgetJson.toResponse(budget),
                stored(unitCode, fiscalYear, budget, PROJECTS),
                stored(unitCode, fiscalYear, budget, THREE_PUBLIC_EXPENSES),
                stored(unitCode, fiscalYear, budget, SPECIAL_FUNDS),
                stored(unitCode, fiscalYear, budget, MONTHLY_EXECUTION));
    }

    // the shared steps

    /** GET of one list: the unit must be visible (404) and have a budget for the year (404). */
    private <T, R> R read(String unitCode, int fiscalYear, DetailList<?, T, R> list) {
        scope.visibleUnit(unitCode);
        return stored(unitCode, fiscalYear, budget(unitCode, fiscalYear), list);
    }

    /** The list as stored, answered against the unit-year's figures as they stand now. */
    private <T, R> R stored(String unitCode, int fiscalYear, StoredBudget budget, DetailList<?, T, R> list) {
        return list.answer().of(budget, details.version(unitCode, fiscalYear, list.table().kind()),
                details.read(unitCode, fiscalYear, list.table()));
    }

    /** PUT of one list, in the order the class comment gives. */
    private <I, T, R> R replace(String unitCode, int fiscalYear, DetailList<I, T, R> list, AmountUnit unit,
            List<I> inputs) {
        String regionCode = scope.writableUnit(unitCode).regionCode;
        StoredBudget budget = lockedBudget(unitCode, fiscalYear);
        List<T> rows = valid(list.validate().apply(inputs, unit));
        consistent(list.refusals().apply(rows, budget.content().figures()), list.refusedAs());
        SetVersion version = details.version(unitCode, fiscalYear, list.table().kind());
        List<T> before = details.read(unitCode, fiscalYear, list.table());
        if (unchanged(version, before, rows)) {
            return list.answer().of(budget, version, before);
        }
        SetVersion next = next(version);
        details.replace(unitCode, fiscalYear, list.table(), rows, next);
        changed(unitCode, fiscalYear, regionCode, list.auditAction(), version, next,
                list.summary().apply(before, rows));
        return list.answer().of(budget, next, rows);
    }

    /**
     * The lists one bulk-push row carried, validated (and, for 三公经费 and 专项资金, checked against the row's figures)
     * by the push: each null when the row left it out, so that the stored list stays as it is.
     */
    public record PushedLists(List<ProjectLine> projects, List<ThreePublicExpense> threePublicExpenses,
                              List<SpecialFund> specialFunds, List<MonthlyExecution> monthlyExecution) {
    }

    /**
     * Replaces the lists a push row carried, in the push's transaction, after the row's figures were written: the same
     * replacement, version, audit entry and "nothing changed" rule as a PUT of each list. The budget.updated event
     * is enqueued once for the unit-year when a list changed, unless {@code eventSent} says the push's write of the
     * row's figures already enqueued one. True when any list changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean replacePushed(String unitCode, int fiscalYear, String regionCode, PushedLists lists,
            boolean eventSent) {
        if (!details.lockBudget(unitCode, fiscalYear)) {
            throw new IllegalStateException("the push wrote no budget of " + unitCode + "/" + fiscalYear);
        }
        boolean changed = replacePushed(unitCode, fiscalYear, regionCode, PROJECTS, lists.projects());
        changed |= replacePushed(unitCode, fiscalYear, regionCode, THREE_PUBLIC_EXPENSES, lists.threePublicExpenses());
        changed |= replacePushed(unitCode, fiscalYear, regionCode, SPECIAL_FUNDS, lists.specialFunds());
        changed |= replacePushed(unitCode, fiscalYear, regionCode, MONTHLY_EXECUTION, lists.monthlyExecution());
        if (changed && !eventSent) {
            event(unitCode, fiscalYear);
        }
        return changed;
    }

    private <T> boolean replacePushed(String unitCode, int fiscalYear, String regionCode, DetailList<?, T, ?> list,
            List<T> rows) {
        if (rows == null) {
            return false;
        }
        SetVersion version = details.version(unitCode, fiscalYear, list.table().kind());
        List<T> before = details.read(unitCode, fiscalYear, list.table());
        if (unchanged(version, before, rows)) {
            return false;
        }
        SetVersion next = next(version);
        details.replace(unitCode, fiscalYear, list.table(), rows, next);
        audit(unitCode, fiscalYear, regionCode, list.auditAction(), version, next, list.summary().apply(before, rows));
        return true;
    }

    /** The request's entries as the domain reads them; a null entry stays null, for the domain to name it. */
    private static <Q, I> List<I> inputs(List<Q> entries, Function<Q, I> input) {
        return entries.stream().map(e -> e == null ? null : input.apply(e)).toList();
    }

    private StoredBudget budget(String unitCode, int fiscalYear) {
        return budgets.find(unitCode, fiscalYear).orElseThrow(() -> noBudget(unitCode, fiscalYear));
    }

    /** The budget, locked against concurrent replacements of its lists; 404 as GET /budgets/{unit}/{year} says. */
    private StoredBudget lockedBudget(String unitCode, int fiscalYear) {
        if (!details.lockBudget(unitCode, fiscalYear)) {
            throw noBudget(unitCode, fiscalYear);
        }
        return budget(unitCode, fiscalYear);
    }

    private static ProblemException noBudget(String unitCode, int fiscalYear) {
        return ProblemException.notFound("budget of unit " + unitCode + " for year", fiscalYear);
    }

    private static <T> T valid(Validated<T> validated) {
        if (!validated.isValid()) {
            throw ProblemException.invalid(fieldErrors(validated.errors()));
        }
        return validated.value();
    }

    /** 422: the list is well-formed but states a figure of the unit-year differently. */
    private static void consistent(List<DetailIssue> mismatches, String detail) {
        if (!mismatches.isEmpty()) {
            throw new ProblemException(UNPROCESSABLE, "inconsistent", "Inconsistent with the unit-year's figures",
                    detail + ": " + mismatches.get(0).message() + (mismatches.size() > 1 ? " …" : ""),
                    fieldErrors(mismatches));
        }
    }

    private static List<FieldError> fieldErrors(List<DetailIssue> issues) {
        List<FieldError> errors = new ArrayList<>(issues.size());
        for (DetailIssue issue : issues) {
            errors.add(new FieldError(issue.field(), issue.code(), issue.message()));
        }
        return errors;
    }

    /** Nothing to write: the same list again, or an empty list where none was ever stated. */
    private static boolean unchanged(SetVersion version, List<?> before, List<?> after) {
        return before.equals(after) && (version.version() > 0 || after.isEmpty());
    }

    private static SetVersion next(SetVersion version) {
        return new SetVersion(version.version() + 1,
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
    }

    /** The audit entry and the budget.updated event of a changed list, in the change's transaction. */
    private void changed(String unitCode, int fiscalYear, String regionCode, String action, SetVersion before,
            SetVersion after, String summary) {
        audit(unitCode, fiscalYear, regionCode, action, before, after, summary);
        event(unitCode, fiscalYear);
    }

    private void audit(String unitCode, int fiscalYear, String regionCode, String action, SetVersion before,
            SetVersion after, String summary) {
        auditTrail.record(action, RESOURCE_TYPE, unitCode + "/" + fiscalYear, regionCode,
                "version " + before.version() + " -> " + after.version() + ", " + summary);
    }

    private void event(String unitCode, int fiscalYear) {
        outbox.enqueue(Topics.BUDGET_UPDATED, EventTypes.BUDGET_UPDATED, unitCode, unitCode + "/" + fiscalYear,
                new BudgetUpdated(unitCode, fiscalYear));
    }

    private static String orNone(BigDecimal amount) {
        return amount == null ? "none" : amount.toPlainString();
    }
}
