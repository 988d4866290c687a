package org.jixiao.indicator.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "declaration")
public class DeclarationEntity extends PanacheEntityBase {
    /** 草稿 → 已提交 → 已退回 (with reason, editable again) | 已审核. */
    @Schema(name = "DeclarationStatus", description = "DRAFT → SUBMITTED → RETURNED (editable again) or APPROVED")
    public enum Status { DRAFT, SUBMITTED, RETURNED, APPROVED }

    @Id
    public UUID id;
    @Column(name = "unit_code")
    public String unitCode;
    /** The GB/T 2260 code of the unit's region: who may see the declaration (docs/security.md). */
    @Column(name = "region_code")
    public String regionCode;
    @Column(name = "fiscal_year")
    public int fiscalYear;
    @Column(name = "template_id")
    public UUID templateId;
    @Column(name = "template_code")
    public String templateCode;
    @Column(name = "template_version")
    public int templateVersion;
    public String name;
    @Enumerated(EnumType.STRING)
    public Status status;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String tree;
    @Column(name = "leaf_count")
    public int leafCount;
    @Column(name = "return_reason")
    public String returnReason;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;
    @Column(name = "approved_at")
    public OffsetDateTime approvedAt;
}
