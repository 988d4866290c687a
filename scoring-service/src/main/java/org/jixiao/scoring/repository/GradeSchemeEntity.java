package org.jixiao.scoring.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A grade scheme created through the API (the built-in ones live in the code). */
@Entity
@Table(name = "grade_scheme")
public class GradeSchemeEntity extends PanacheEntityBase {
    @Id
    public String code;
    public String name;
    /** JSON list of {@code {label, lowerInclusive}}, lowest band first. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String bands;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    /** GB/T 2260 prefix of the finance bureau that created the scheme; null: national. */
    @Column(name = "owner_region")
    public String ownerRegion;
}
