package org.jixiao.indicator.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "framework")
public class FrameworkEntity extends PanacheEntityBase {
    @Schema(name = "FrameworkStatus", description = "DRAFT (editable) → PUBLISHED (never changes again)")
    public enum Status { DRAFT, PUBLISHED }

    @Id
    public UUID id;
    public String code;
    public int version;
    public String name;
    public String description;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Status status;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String tree;
    @Column(name = "leaf_count")
    public int leafCount;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
    /** GB/T 2260 prefix of the finance bureau that owns this framework; null: national, usable everywhere. */
    @Column(name = "owner_region")
    public String ownerRegion;
}
