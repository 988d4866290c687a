package org.jixiao.commons.audit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.TreeSet;
import java.util.UUID;
import org.jixiao.commons.security.Caller;
import org.jixiao.commons.security.CallerScope;
import org.jixiao.commons.web.RequestIds;

/**
 * Records who changed what, inside the change's own transaction: an entry exists exactly when its change does, and a
 * refused or rolled-back change leaves none. Who, roles and region come from the verified caller, the request id from
 * {@link RequestIds#current()}.
 *
 * <pre>{@code audit.record("FINALIZE", "Evaluation", e.id, e.regionCode, "APPROVED -> FINALIZED, total 92.16");}</pre>
 */
@ApplicationScoped
public class AuditTrail {
    /** The region of an entry with national scope (a national caller acting on data without a region). */
    public static final String NATIONAL = Caller.NATIONAL;
    /** The subject of changes made outside a request (scheduled work, event consumers). */
    public static final String SYSTEM = "system";
    private static final int SUMMARY_LIMIT = 2000;

    @Inject
    CallerScope scope;

    /**
     * Records a change of a resource that lies in {@code regionCode}.
     *
     * @param action what was done, upper case: CREATE, UPDATE, SUBMIT, FINALIZE ...
     * @param resourceType the kind of resource, as in problem details: "Evaluation", "Unit" ...
     * @param regionCode the region of the resource, or null when it has none (the caller's region is used)
     * @param summary a short before/after description
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry record(String action, String resourceType, Object resourceId, String regionCode, String summary) {
        Caller caller = currentCaller();
        String callerRegion = caller.region().map(r -> r.isEmpty() ? NATIONAL : r).orElse(null);
        AuditEntry entry = new AuditEntry();
        entry.id = UUID.randomUUID();
        entry.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        entry.subject = caller.isAnonymous() ? SYSTEM : caller.subject();
        entry.roles = String.join(",", new TreeSet<>(caller.roles()));
        entry.callerRegion = callerRegion;
        entry.region = regionCode != null && !regionCode.isBlank() ? regionCode
                : callerRegion != null ? callerRegion : NATIONAL;
        entry.action = action;
        entry.resourceType = resourceType;
        entry.resourceId = String.valueOf(resourceId);
        entry.requestId = RequestIds.current();
        entry.summary = summary == null || summary.length() <= SUMMARY_LIMIT ? summary
                : summary.substring(0, SUMMARY_LIMIT - 1) + "…";
        entry.persist();
        return entry;
    }

    /** Records a change of a resource without a region of its own: the entry takes the caller's region. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry record(String action, String resourceType, Object resourceId, String summary) {
        return record(action, resourceType, resourceId, null, summary);
    }

    private Caller currentCaller() {
        ManagedContext requestContext = Arc.container().requestContext();
        if (!requestContext.isActive()) {
            return Caller.ANONYMOUS;
        }
        try {
            return scope.caller();
        } catch (RuntimeException noIdentity) {
            // work a service runs for itself (a job on its own thread) may have a request context but no identity
            return Caller.ANONYMOUS;
        }
    }
}
