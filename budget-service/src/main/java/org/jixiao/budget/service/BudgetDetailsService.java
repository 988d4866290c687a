package org.jixiao.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
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
import org.jixiao.budget.repository.BudgetDetailsStore.Kind;
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
 */
@ApplicationScoped
public class BudgetDetailsService {
    static final String RESOURCE_TYPE = "Budget";
    static final int UNPROCESSABLE = 422;

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
        scope.visibleUnit(unitCode);
        StoredBudget budget = budget(unitCode, fiscalYear);
        return projectsResponse(budget, details.version(unitCode, fiscalYear, Kind.PROJECTS),
                details.projects(unitCode, fiscalYear));
    }

    @Transactional
    public ProjectsResponse putProjects(String unitCode, int fiscalYear, ProjectsRequest request) {
        String regionCode = scope.writableUnit(unitCode).regionCode;
        StoredBudget budget = lockedBudget(unitCode, fiscalYear);
        List<ProjectLine> lines = valid(ProjectLines.validate(request.projects().stream()
                .map(p -> p == null ? null : new ProjectLines.Input(p.projectCode(), p.projectName(), p.fundSource(),
                        p.initialBudget(), p.adjustedBudget(), p.actualExpenditure(), p.functionalCode(),
                        p.economicCode()))
                .toList(), request.amountUnit()));
        SetVersion version = details.version(unitCode, fiscalYear, Kind.PROJECTS);
        List<ProjectLine> before = details.projects(unitCode, fiscalYear);
        if (unchanged(version, before, lines)) {
            return projectsResponse(budget, version, before);
        }
        SetVersion next = next(version);
        details.replaceProjects(unitCode, fiscalYear, lines, next);
        changed(unitCode, fiscalYear, regionCode, "PUT_PROJECTS", version, next,
                "projects " + before.size() + " -> " + lines.size() + ", actual total "
                        + (before.isEmpty() ? "none" : ProjectLines.totals(before).actualExpenditure()) + " -> "
                        + (lines.isEmpty() ? "none" : ProjectLines.totals(lines).actualExpenditure()));
        return projectsResponse(budget, next, lines);
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
        scope.visibleUnit(unitCode);
        StoredBudget budget = budget(unitCode, fiscalYear);
        return threePublicResponse(budget, details.version(unitCode, fiscalYear, Kind.THREE_PUBLIC_EXPENSES),
                details.threePublicExpenses(unitCode, fiscalYear));
    }

    @Transactional
    public ThreePublicExpensesResponse putThreePublicExpenses(String unitCode, int fiscalYear,
            ThreePublicExpensesRequest request) {
        String regionCode = scope.writableUnit(unitCode).regionCode;
        StoredBudget budget = lockedBudget(unitCode, fiscalYear);
        List<ThreePublicExpense> items = valid(ThreePublicExpenses.validate(request.items().stream()
                .map(i -> i == null ? null : new ThreePublicExpenses.Input(i.item(), i.budget(), i.actual()))
                .toList(), request.amountUnit()));
        consistent(ThreePublicExpenses.mismatches(items, budget.content().figures()),
                "the items do not add up to the unit-year's 三公经费");
        SetVersion version = details.version(unitCode, fiscalYear, Kind.THREE_PUBLIC_EXPENSES);
        List<ThreePublicExpense> before = details.threePublicExpenses(unitCode, fiscalYear);
        if (unchanged(version, before, items)) {
            return threePublicResponse(budget, version, before);
        }
        SetVersion next = next(version);
        details.replaceThreePublicExpenses(unitCode, fiscalYear, items, next);
        changed(unitCode, fiscalYear, regionCode, "PUT_THREE_PUBLIC_EXPENSES", version, next,
                "budget total " + threePublicBudget(before) + " -> " + threePublicBudget(items)
                        + ", actual total " + orNone(ThreePublicExpenses.totalActual(before)) + " -> "
                        + orNone(ThreePublicExpenses.totalActual(items)));
        return threePublicResponse(budget, next, items);
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
        scope.visibleUnit(unitCode);
        StoredBudget budget = budget(unitCode, fiscalYear);
        return specialFundsResponse(budget, details.version(unitCode, fiscalYear, Kind.SPECIAL_FUNDS),
                details.specialFunds(unitCode, fiscalYear));
    }

    @Transactional
    public SpecialFundsResponse putSpecialFunds(String unitCode, int fiscalYear, SpecialFundsRequest request) {
        String regionCode = scope.writableUnit(unitCode).regionCode;
        StoredBudget budget = lockedBudget(unitCode, fiscalYear);
        List<SpecialFund> funds = valid(SpecialFunds.validate(request.specialFunds().stream()
                .map(f -> f == null ? null : new SpecialFunds.Input(f.code(), f.name(), f.totalAmount(),
                        f.detailedAmount()))
                .toList(), request.amountUnit()));
        consistent(SpecialFunds.mismatches(funds, budget.content().figures()),
                "the special funds do not add up to the unit-year's 专项资金 figures");
        SetVersion version = details.version(unitCode, fiscalYear, Kind.SPECIAL_FUNDS);
        List<SpecialFund> before = details.specialFunds(unitCode, fiscalYear);
        if (unchanged(version, before, funds)) {
            return specialFundsResponse(budget, version, before);
        }
        SetVersion next = next(version);
        details.replaceSpecialFunds(unitCode, fiscalYear, funds, next);
        changed(unitCode, fiscalYear, regionCode, "PUT_SPECIAL_FUNDS", version, next,
                "funds " + before.size() + " -> " + funds.size() + ", total " + SpecialFunds.totalAmount(before)
                        + " -> " + SpecialFunds.totalAmount(funds) + ", detailed "
                        + SpecialFunds.detailedAmount(before) + " -> " + SpecialFunds.detailedAmount(funds));
        return specialFundsResponse(budget, next, funds);
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
        scope.visibleUnit(unitCode);
        StoredBudget budget = budget(unitCode, fiscalYear);
        return monthlyResponse(budget, details.version(unitCode, fiscalYear, Kind.MONTHLY_EXECUTION),
                details.monthlyExecution(unitCode, fiscalYear));
    }

    @Transactional
    public MonthlyExecutionResponse putMonthlyExecution(String unitCode, int fiscalYear,
            MonthlyExecutionRequest request) {
        String regionCode = scope.writableUnit(unitCode).regionCode;
        StoredBudget budget = lockedBudget(unitCode, fiscalYear);
        List<MonthlyExecution> months = valid(MonthlyExecutions.validate(request.months().stream()
                .map(m -> m == null ? null : new MonthlyExecutions.Input(m.month(), m.cumulativeActual()))
                .toList(), request.amountUnit()));
        SetVersion version = details.version(unitCode, fiscalYear, Kind.MONTHLY_EXECUTION);
        List<MonthlyExecution> before = details.monthlyExecution(unitCode, fiscalYear);
        if (unchanged(version, before, months)) {
            return monthlyResponse(budget, version, before);
        }
        SetVersion next = next(version);
        details.replaceMonthlyExecution(unitCode, fiscalYear, months, next);
        changed(unitCode, fiscalYear, regionCode, "PUT_MONTHLY_EXECUTION", version, next,
                "months " + before.size() + " -> " + months.size() + ", latest " + latest(before) + " -> "
                        + latest(months));
        return monthlyResponse(budget, next, months);
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
                projectsResponse(budget, details.version(unitCode, fiscalYear, Kind.PROJECTS),
                        details.projects(unitCode, fiscalYear)),
                threePublicResponse(budget, details.version(unitCode, fiscalYear, Kind.THREE_PUBLIC_EXPENSES),
                        details.threePublicExpenses(unitCode, fiscalYear)),
                specialFundsResponse(budget, details.version(unitCode, fiscalYear, Kind.SPECIAL_FUNDS),
                        details.specialFunds(unitCode, fiscalYear)),
                monthlyResponse(budget, details.version(unitCode, fiscalYear, Kind.MONTHLY_EXECUTION),
                        details.monthlyExecution(unitCode, fiscalYear)));
    }

    // shared steps

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
        String id = unitCode + "/" + fiscalYear;
        auditTrail.record(action, RESOURCE_TYPE, id, regionCode,
                "version " + before.version() + " -> " + after.version() + ", " + summary);
        outbox.enqueue(Topics.BUDGET_UPDATED, EventTypes.BUDGET_UPDATED, unitCode, id,
                new BudgetUpdated(unitCode, fiscalYear));
    }

    private static String orNone(BigDecimal amount) {
        return amount == null ? "none" : amount.toPlainString();
    }
}
