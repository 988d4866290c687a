package org.jixiao.commons.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One change as the audit trail keeps it: who (subject, roles, their region), what, on which resource, when. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;
    public String subject;
    /** Comma-separated, sorted. */
    @Column(nullable = false)
    public String roles;
    /** The region of the resource acted on, else the caller's; {@link AuditTrail#NATIONAL} for national scope. */
    @Column(nullable = false)
    public String region;
    @Column(name = "caller_region")
    public String callerRegion;
    @Column(nullable = false)
    public String action;
    @Column(name = "resource_type", nullable = false)
    public String resourceType;
    @Column(name = "resource_id", nullable = false)
    public String resourceId;
    @Column(name = "request_id")
    public String requestId;
    @Column(columnDefinition = "text")
    public String summary;
}
