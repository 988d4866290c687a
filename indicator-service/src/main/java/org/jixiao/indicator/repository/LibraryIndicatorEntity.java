package org.jixiao.indicator.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One distinct published 三级 indicator; {@code usageCount} counts the publications and copies that used it. */
@Entity
@Table(name = "library_indicator")
public class LibraryIndicatorEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "definition_key")
    public String definitionKey;
    public String name;
    public String category;
    @Column(name = "sub_category")
    public String subCategory;
    public String direction;
    public String target;
    @Column(name = "measure_unit")
    public String measureUnit;
    @Column(name = "scoring_method")
    public String scoringMethod;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String definition;
    @Column(name = "source_kind")
    public String sourceKind;
    @Column(name = "source_id")
    public UUID sourceId;
    @Column(name = "source_label")
    public String sourceLabel;
    @Column(name = "usage_count")
    public int usageCount;
    @Column(name = "first_published_at")
    public OffsetDateTime firstPublishedAt;
}
