package org.jixiao.commons.audit;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.commons.api.Page;
import org.jixiao.commons.problem.ProblemException;
import org.jixiao.commons.security.CallerScope;
import org.jixiao.commons.security.Roles;

/**
 * Reads a service's audit trail for its {@code /api/v1/audit/<service>} endpoint: finance-admins only (403 for every
 * other role), and only entries whose region lies inside the caller's region. Entries of other regions are simply
 * not there, nor counted.
 */
@ApplicationScoped
public class AuditQuery {
    public static final int MAX_SIZE = Page.MAX_SIZE;

    @Inject
    CallerScope scope;

    /** What an audit endpoint answers for one entry. */
    @Schema(name = "AuditEntry")
    public record AuditEntryView(@Schema(required = true) String id, @Schema(required = true) OffsetDateTime occurredAt,
            String subject, @Schema(required = true) List<String> roles,
            @Schema(description = "Region code of the changed resource") String regionCode,
            @Schema(description = "Region code of the caller's token") String callerRegionCode,
            @Schema(required = true) String action, @Schema(required = true) String resourceType, String resourceId,
            String requestId, String summary) {
        static AuditEntryView of(AuditEntry e) {
            List<String> roles = e.roles == null || e.roles.isEmpty() ? List.of() : Arrays.asList(e.roles.split(","));
            return new AuditEntryView(e.id.toString(), e.occurredAt, e.subject, roles, e.region, e.callerRegion,
                    e.action, e.resourceType, e.resourceId, e.requestId, e.summary);
        }
    }

    /**
     * The caller's page of entries matching every given filter (null: any).
     *
     * @param from inclusive; an ISO-8601 date-time with offset, or a date (its start, UTC)
     * @param to exclusive; the same forms (a date means its start, so {@code to=2026-01-02} covers 1 January)
     * @throws ProblemException 401 without a caller, 403 for a caller who is not a finance-admin, 400 for a bad
     *         time or page
     */
    public Page<AuditEntryView> search(String resourceType, String resourceId, String action, String from, String to, int page,
            int size) {
        scope.requireRole(Roles.FINANCE_ADMIN);
        if (page < 0) {
            throw ProblemException.invalid("page", "INVALID_PAGE", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ProblemException.invalid("size", "INVALID_SIZE", "size must be between 1 and " + MAX_SIZE);
        }
        OffsetDateTime since = time("from", from);
        OffsetDateTime until = time("to", to);
        Optional<String> prefix = scope.regionPrefix();
        if (prefix.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (!prefix.get().isEmpty()) {
            where.add("region like :prefix");
            params.and("prefix", likePrefix(prefix.get()));
        }
        if (blankToNull(resourceType) != null) {
            where.add("resourceType = :resourceType");
            params.and("resourceType", resourceType.trim());
        }
        if (blankToNull(resourceId) != null) {
            where.add("resourceId = :resourceId");
            params.and("resourceId", resourceId.trim());
        }
        if (blankToNull(action) != null) {
            where.add("action = :action");
            params.and("action", action.trim().toUpperCase(java.util.Locale.ROOT));
        }
        if (since != null) {
            where.add("occurredAt >= :since");
            params.and("since", since);
        }
        if (until != null) {
            where.add("occurredAt < :until");
            params.and("until", until);
        }
        String query = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        var found = AuditEntry.<AuditEntry>find(query, Sort.descending("occurredAt").and("id"), params);
        List<AuditEntryView> items = found.page(page, size).list().stream().map(AuditEntryView::of).toList();
        return new Page<>(items, page, size, found.count());
    }

    /** The region prefix as a LIKE pattern; region prefixes are digits, so nothing needs escaping. */
    private static String likePrefix(String prefix) {
        return prefix + "%";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static OffsetDateTime time(String field, String text) {
        if (blankToNull(text) == null) {
            return null;
        }
        String value = text.trim();
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC)
                    : OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "INVALID_TIME",
                    "expected an ISO-8601 date (2026-01-31) or date-time with offset (2026-01-31T08:00:00+08:00)");
        }
    }
}
