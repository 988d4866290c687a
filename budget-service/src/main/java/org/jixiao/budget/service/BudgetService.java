package org.jixiao.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.budget.domain.AmountException;
import org.jixiao.budget.domain.AmountParser;
import org.jixiao.budget.domain.AmountUnit;
import org.jixiao.budget.domain.BudgetFigures;
import org.jixiao.budget.domain.FiscalMetrics;
import org.jixiao.budget.repository.BudgetEntity;
import org.jixiao.budget.repository.BudgetRepository;
import org.jixiao.budget.repository.UnitRepository;
import org.jixiao.budget.rest.BudgetDtos.BudgetRequest;
import org.jixiao.budget.rest.BudgetDtos.BudgetResponse;
import org.jixiao.budget.rest.BudgetDtos.MetricsResponse;
import org.jixiao.commons.outbox.Outbox;
import org.jixiao.commons.problem.Problem.FieldError;
import org.jixiao.commons.problem.ProblemException;
import org.jixiao.events.BudgetUpdated;
import org.jixiao.events.EventTypes;
import org.jixiao.events.Topics;

@ApplicationScoped
public class BudgetService {
    private final BudgetRepository budgets;
    private final UnitRepository units;
    private final Outbox outbox;

    public BudgetService(BudgetRepository budgets, UnitRepository units, Outbox outbox) {
        this.budgets = budgets;
        this.units = units;
        this.outbox = outbox;
    }

    /** Creates or replaces a unit-year's figures; announces the change so that open evaluations see they are stale. */
    @Transactional
    public BudgetResponse put(String unitCode, int fiscalYear, BudgetRequest request) {
        if (units.findById(unitCode) == null) {
            throw ProblemException.notFound("unit", unitCode);
        }
        BudgetFigures figures = parse(request);
        BudgetEntity budget = budgets.findByUnitAndYear(unitCode, fiscalYear).orElse(null);
        if (budget != null && figures.equals(budget.figures())) {
            return toResponse(budget);
        }
        if (budget == null) {
            budget = new BudgetEntity();
            budget.unitCode = unitCode;
            budget.fiscalYear = fiscalYear;
        }
        budget.apply(figures);
        budget.version++;
        budget.updatedAt = OffsetDateTime.now();
        budgets.persist(budget);
        outbox.enqueue(Topics.BUDGET_UPDATED, EventTypes.BUDGET_UPDATED, unitCode, unitCode + "/" + fiscalYear,
                new BudgetUpdated(unitCode, fiscalYear));
        return toResponse(budget);
    }

    public BudgetResponse get(String unitCode, int fiscalYear) {
        return toResponse(find(unitCode, fiscalYear));
    }

    public MetricsResponse metrics(String unitCode, int fiscalYear) {
        BudgetEntity budget = find(unitCode, fiscalYear);
        BudgetFigures figures = budget.figures();
        return new MetricsResponse(unitCode, fiscalYear, budget.version, FiscalMetrics.compute(figures),
                FiscalMetrics.finalAccountsIncomplete(figures));
    }

    private BudgetEntity find(String unitCode, int fiscalYear) {
        return budgets.findByUnitAndYear(unitCode, fiscalYear)
                .orElseThrow(() -> ProblemException.notFound("budget of unit " + unitCode + " for year", fiscalYear));
    }

    private static BudgetFigures parse(BudgetRequest r) {
        AmountReader amounts = new AmountReader(r.amountUnit());
        BudgetFigures figures = new BudgetFigures(
                amounts.read("initialBudget", r.initialBudget()),
                amounts.read("adjustedBudget", r.adjustedBudget()),
                amounts.read("fundsReceived", r.fundsReceived()),
                amounts.read("actualExpenditure", r.actualExpenditure()),
                amounts.read("carryOver", r.carryOver()),
                amounts.read("threePublicBudget", r.threePublicBudget()),
                amounts.read("threePublicActual", r.threePublicActual()),
                amounts.read("procurementBudget", r.procurementBudget()),
                amounts.read("procurementActual", r.procurementActual()),
                amounts.read("specialFundsTotal", r.specialFundsTotal()),
                amounts.read("specialFundsDetailed", r.specialFundsDetailed()),
                amounts.read("finalAccountsExpenditure", r.finalAccountsExpenditure()),
                amounts.read("allSourceExpenditure", r.allSourceExpenditure()),
                r.authorisedPosts(), r.staffInPost());
        if (!amounts.errors.isEmpty()) {
            throw ProblemException.invalid(amounts.errors);
        }
        return figures;
    }

    /** Parses every amount of a request, collecting all bad fields so the caller learns them in one answer. */
    private static final class AmountReader {
        private final AmountUnit unit;
        private final List<FieldError> errors = new ArrayList<>();

        AmountReader(AmountUnit unit) {
            this.unit = unit;
        }

        BigDecimal read(String field, String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return AmountParser.parse(text, unit);
            } catch (AmountException e) {
                errors.add(new FieldError(field, e.code(), e.getMessage()));
                return null;
            }
        }
    }

    private static BudgetResponse toResponse(BudgetEntity b) {
        return new BudgetResponse(b.unitCode, b.fiscalYear, b.version, b.initialBudget, b.adjustedBudget,
                b.fundsReceived, b.actualExpenditure, b.carryOver, b.threePublicBudget, b.threePublicActual,
                b.procurementBudget, b.procurementActual, b.specialFundsTotal, b.specialFundsDetailed,
                b.finalAccountsExpenditure, b.allSourceExpenditure, b.authorisedPosts, b.staffInPost, b.updatedAt);
    }
}
