package org.jixiao.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jixiao.budget.domain.BudgetContent;
import org.jixiao.budget.domain.BudgetFigures;
import org.jixiao.budget.domain.BudgetRow;
import org.jixiao.budget.domain.BudgetRowValidator;
import org.jixiao.budget.domain.FiscalMetrics;
import org.jixiao.budget.domain.ListedTotals;
import org.jixiao.budget.domain.ParsedBudgetRow;
import org.jixiao.budget.domain.RowConflict;
import org.jixiao.budget.repository.BudgetDetailsStore;
import org.jixiao.budget.repository.BudgetStore;
import org.jixiao.budget.repository.BudgetStore.AggregateRow;
import org.jixiao.budget.repository.BudgetStore.Audit;
import org.jixiao.budget.repository.BudgetStore.HistoryRow;
import org.jixiao.budget.repository.BudgetStore.StoredBudget;
import org.jixiao.budget.repository.UnitProfileEntity;
import org.jixiao.budget.repository.UnitProfileRepository;
import org.jixiao.budget.rest.BudgetDtos;
import org.jixiao.budget.rest.BudgetDtos.BudgetResponse;
import org.jixiao.budget.rest.BudgetDtos.HistoryEntry;
import org.jixiao.budget.rest.BudgetDtos.MetricsResponse;
import org.jixiao.budget.rest.BudgetDtos.RegionAggregate;
import org.jixiao.budget.rest.BudgetDtos.RegionAggregatesResponse;
import org.jixiao.budget.service.BudgetDetailsService.PushedLists;
import org.jixiao.budget.service.imports.RawRow;
import org.jixiao.commons.api.Page;
import org.jixiao.commons.problem.Problem.FieldError;
import org.jixiao.commons.audit.AuditTrail;
import org.jixiao.commons.problem.ProblemException;

@ApplicationScoped
public class BudgetService {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BudgetStore store;
    private final BudgetJson json;
    private final UnitProfileRepository profiles;
    private final UnitScope scope;
    private final AuditTrail auditTrail;
    private final BudgetDetailsStore details;
    private final BudgetDetailsService detailLists;

    public BudgetService(BudgetStore store, BudgetJson json, UnitProfileRepository profiles, UnitScope scope,
            AuditTrail auditTrail, BudgetDetailsStore details, BudgetDetailsService detailLists) {
        this.store = store;
        this.details = details;
        this.detailLists = detailLists;
        this.json = json;
        this.profiles = profiles;
        this.scope = scope;
        this.auditTrail = auditTrail;
    }

    /** A PUT body's unitCode or fiscalYear names another unit-year than the path. */
    public static final String PATH_MISMATCH = "PATH_MISMATCH";

    /**
     * Creates or replaces a unit-year's figures from one push row ({@code raw}, read as a push reads its rows), with
     * exactly the push's validation, and replaces the detail lists the row carries: what a push of this one row would
     * do, so that no field a push sets can be lost by a PUT. Records the change in the history and announces it so
     * that open evaluations see their snapshot is stale. An identical PUT changes nothing and records nothing.
     */
    @Transactional
    public BudgetResponse put(String unitCode, int fiscalYear, RawRow raw, String sourceSystem) {
        String regionCode = scope.writableUnit(unitCode).regionCode;
        List<RowConflict> conflicts = new ArrayList<>(raw.readConflicts());
        Set<String> unreadable = new HashSet<>();
        raw.readConflicts().forEach(c -> unreadable.add(c.field()));
        BudgetRow row = raw.row();
        if (row.unitCode() != null && !row.unitCode().isBlank() && !row.unitCode().strip().equals(unitCode)) {
            conflicts.add(new RowConflict(raw.rowNumber(), "unitCode", PATH_MISMATCH,
                    "unitCode of the body must be the path's " + unitCode + " (or be left out)"));
        }
        if (row.fiscalYear() != null && row.fiscalYear() != fiscalYear) {
            conflicts.add(new RowConflict(raw.rowNumber(), "fiscalYear", PATH_MISMATCH,
                    "fiscalYear of the body must be the path's " + fiscalYear + " (or be left out)"));
        }
        unreadable.add("unitCode");
        unreadable.add("fiscalYear");
        BudgetRowValidator validator = new BudgetRowValidator(code -> true, BudgetDtos.MIN_YEAR, BudgetDtos.MAX_YEAR);
        ParsedBudgetRow parsed = validator.check(row.withKey(unitCode, fiscalYear), c -> {
            if (!unreadable.contains(c.field())) {
                conflicts.add(c);
            }
        }).orElse(null);
        PushedLists lists = raw.details() == null ? null : PushedDetails.validate(raw.rowNumber(), raw.details(),
                row.amountUnit(), parsed == null ? null : parsed.figures(), c -> {
                    if (!unreadable.contains(c.field()) && conflicts.stream()
                            .noneMatch(x -> x.field().equals(c.field()) && x.code().equals(c.code()))) {
                        conflicts.add(c);
                    }
                });
        if (!conflicts.isEmpty() || parsed == null) {
            throw ProblemException.invalid(conflicts.stream()
                    .map(c -> new FieldError(c.field(), c.code(), c.message())).toList());
        }
        BudgetContent content = BudgetContent.of(parsed);
        StoredBudget before = store.find(unitCode, fiscalYear).orElse(null);
        boolean changed = before == null || !before.content().equals(content);
        StoredBudget after = before;
        if (changed) {
            Audit audit = BudgetJson.audit(scope.callerSubject(), sourceSystem, null);
            BudgetStore.BudgetWrite write = json.write(before, unitCode, fiscalYear, content, audit);
            store.write(List.of(write), audit);
            after = write.after();
            auditTrail.record("PUT", "Budget", unitCode + "/" + fiscalYear, regionCode,
                    budgetChange(before, BudgetJson.toResponse(after))
                            + (sourceSystem == null ? "" : ", source " + sourceSystem));
        }
        if (lists != null) {
            detailLists.replacePushed(unitCode, fiscalYear, regionCode, lists, changed);
        }
        return BudgetJson.toResponse(after);
    }

    /** "version 1 -> 2, adjusted budget …, actual expenditure …": the figures a reader of the trail looks for. */
    private static String budgetChange(StoredBudget before, BudgetResponse after) {
        BudgetResponse old = before == null ? null : BudgetJson.toResponse(before);
        return "version " + (old == null ? "none" : old.version()) + " -> " + after.version()
                + ", adjusted budget " + (old == null ? "none" : old.adjustedBudget()) + " -> " + after.adjustedBudget()
                + ", actual expenditure " + (old == null ? "none" : old.actualExpenditure()) + " -> "
                + after.actualExpenditure();
    }

    @Transactional
    public BudgetResponse get(String unitCode, int fiscalYear) {
        scope.visibleUnit(unitCode);
        return BudgetJson.toResponse(find(unitCode, fiscalYear));
    }

    /** The figures as they stood at {@code asOf}: the state after the last change at or before that instant. */
    @Transactional
    public BudgetResponse getAsOf(String unitCode, int fiscalYear, OffsetDateTime asOf) {
        scope.visibleUnit(unitCode);
        return store.snapshotAsOf(unitCode, fiscalYear, asOf).map(json::read)
                .orElseThrow(() -> ProblemException.notFound("budget of unit " + unitCode + " for year "
                        + fiscalYear + " as of", asOf));
    }

    @Transactional
    public Page<HistoryEntry> history(String unitCode, int fiscalYear, int page, int size) {
        scope.visibleUnit(unitCode);
        List<HistoryRow> rows = store.history(unitCode, fiscalYear);
        if (rows.isEmpty()) {
            find(unitCode, fiscalYear);
        }
        List<HistoryEntry> changes = new ArrayList<>(rows.size());
        BudgetResponse before = null;
        for (HistoryRow r : rows) {
            BudgetResponse after = json.read(r.afterJson());
            changes.add(new HistoryEntry(r.version(), r.changedAt(), r.changedBy(), r.sourceSystem(), r.requestId(),
                    r.idempotencyKey(), before, after));
            before = after;
        }
        return Page.slice(changes, page, size);
    }

    /**
     * Every metric; 编制数 and 在职人数 come from the unit's yearly profile, and 三公经费 and 专项资金 from their detail lists,
     * when the budget does not state them.
     */
    @Transactional
    public MetricsResponse metrics(String unitCode, int fiscalYear) {
        scope.visibleUnit(unitCode);
        StoredBudget budget = find(unitCode, fiscalYear);
        BudgetFigures figures = budget.content().figures();
        if (figures.authorisedPosts() == null || figures.staffInPost() == null) {
            UnitProfileEntity profile = profiles.find(unitCode, fiscalYear);
            if (profile != null) {
                figures = withStaff(figures,
                        figures.authorisedPosts() != null ? figures.authorisedPosts() : profile.authorisedPosts,
                        figures.staffInPost() != null ? figures.staffInPost() : profile.staffInPost);
            }
        }
        figures = ListedTotals.fillMissing(figures, details.threePublicExpenses(unitCode, fiscalYear),
                details.specialFunds(unitCode, fiscalYear));
        return new MetricsResponse(unitCode, fiscalYear, budget.version(), FiscalMetrics.compute(figures),
                FiscalMetrics.finalAccountsIncomplete(figures));
    }

    /**
     * Totals and execution rates of a region prefix for a year (one query), optionally per sub-region; only over
     * the units the caller may see, so nothing of another region enters a sum or a count.
     */
    @Transactional
    public RegionAggregatesResponse aggregates(String region, int fiscalYear, Integer groupDigits) {
        if (groupDigits != null && groupDigits <= region.length()) {
            throw ProblemException.invalid("groupDigits", "GROUP_NOT_BELOW_REGION",
                    "groupDigits must be longer than the region prefix (" + region.length() + " digits)");
        }
        List<AggregateRow> rows = scope.regionPrefix()
                .map(callerRegion -> store.aggregates(region, fiscalYear, groupDigits, callerRegion,
                        scope.ownUnitOnly().orElse(null)))
                .orElse(List.of());
        RegionAggregate total = null;
        List<RegionAggregate> subRegions = new ArrayList<>();
        for (AggregateRow row : rows) {
            if (row.subRegion() == null) {
                total = aggregate(region, fiscalYear, row);
            } else if (groupDigits != null) {
                subRegions.add(aggregate(row.subRegion(), fiscalYear, row));
            }
        }
        if (total == null) {
            total = new RegionAggregate(region, fiscalYear, 0, zero(), zero(), zero(), 0, null, null);
        }
        return new RegionAggregatesResponse(total, subRegions);
    }

    private static RegionAggregate aggregate(String region, int fiscalYear, AggregateRow row) {
        BigDecimal average = row.averageRate() == null ? null : row.averageRate().setScale(2, RoundingMode.HALF_UP);
        BigDecimal overall = row.ratedBudget() == null || row.ratedBudget().signum() == 0 ? null
                : row.ratedActual().multiply(HUNDRED).divide(row.ratedBudget(), 2, RoundingMode.HALF_UP);
        return new RegionAggregate(region, fiscalYear, row.units(), orZero(row.initialBudget()),
                orZero(row.budgetInForce()), orZero(row.actualExpenditure()), row.ratedUnits(), average, overall);
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? zero() : amount;
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    private StoredBudget find(String unitCode, int fiscalYear) {
        return store.find(unitCode, fiscalYear)
                .orElseThrow(() -> ProblemException.notFound("budget of unit " + unitCode + " for year", fiscalYear));
    }

    private static BudgetFigures withStaff(BudgetFigures f, Integer authorisedPosts, Integer staffInPost) {
        return new BudgetFigures(f.initialBudget(), f.adjustedBudget(), f.fundsReceived(), f.actualExpenditure(),
                f.carryOver(), f.threePublicBudget(), f.threePublicActual(), f.procurementBudget(),
                f.procurementActual(), f.specialFundsTotal(), f.specialFundsDetailed(), f.finalAccountsExpenditure(),
                f.allSourceExpenditure(), authorisedPosts, staffInPost);
    }
}
