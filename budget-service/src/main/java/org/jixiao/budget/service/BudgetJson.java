package org.jixiao.budget.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jixiao.budget.domain.BudgetContent;
import org.jixiao.budget.domain.BudgetFigures;
import org.jixiao.budget.repository.BudgetStore.Audit;
import org.jixiao.budget.repository.BudgetStore.BudgetWrite;
import org.jixiao.budget.repository.BudgetStore.StoredBudget;
import org.jixiao.budget.rest.BudgetDtos.BudgetResponse;
import org.jixiao.commons.web.RequestIds;
import org.jixiao.events.BudgetUpdated;

/** The Budget resource as history keeps it, the event data, and the audit of a call: shared by PUT and push. */
@ApplicationScoped
public class BudgetJson {
    public static final String ANONYMOUS = "anonymous";

    private final ObjectMapper json;
    /** Snapshots leave out unreported figures: a 100,000-row push writes half the bytes. Reading restores nulls. */
    private final ObjectMapper snapshots;

    public BudgetJson(ObjectMapper json) {
        this.json = json;
        this.snapshots = json.copy().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    public static BudgetResponse toResponse(StoredBudget b) {
        BudgetFigures f = b.content().figures();
        BudgetContent c = b.content();
        return new BudgetResponse(b.unitCode(), b.fiscalYear(), b.version(), f.initialBudget(), f.adjustedBudget(),
                f.fundsReceived(), f.actualExpenditure(), f.carryOver(), f.threePublicBudget(), f.threePublicActual(),
                f.procurementBudget(), f.procurementActual(), f.specialFundsTotal(), f.specialFundsDetailed(),
                f.finalAccountsExpenditure(), f.allSourceExpenditure(), f.authorisedPosts(), f.staffInPost(),
                c.basicExpenditure(), c.personnelExpenditure(), c.operatingExpenditure(), c.projectExpenditure(),
                c.fundSourceExpenditure(), b.updatedAt());
    }

    /** The write that turns {@code before} (null: none) into {@code content} at the audit's time. */
    public BudgetWrite write(StoredBudget before, String unitCode, int fiscalYear, BudgetContent content, Audit audit) {
        StoredBudget after = new StoredBudget(unitCode, fiscalYear, content, before == null ? 1 : before.version() + 1,
                audit.changedAt());
        try {
            return new BudgetWrite(before, after, snapshots.writeValueAsString(toResponse(after)),
                    write(new BudgetUpdated(unitCode, fiscalYear)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a budget snapshot", e);
        }
    }

    public BudgetResponse read(String snapshot) {
        if (snapshot == null) {
            return null;
        }
        try {
            return json.readValue(snapshot, BudgetResponse.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable budget history snapshot", e);
        }
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    /**
     * Who and when for the current request; microseconds, as PostgreSQL keeps them, so "as of" compares exactly.
     * {@code changedBy} is the caller's token subject (null: {@value #ANONYMOUS}); the X-Source-System header is
     * kept apart as {@code sourceSystem}.
     */
    public static Audit audit(String changedBy, String sourceSystem, String idempotencyKey) {
        return new Audit(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS),
                changedBy == null ? ANONYMOUS : changedBy, sourceSystem, RequestIds.current(), idempotencyKey);
    }
}
