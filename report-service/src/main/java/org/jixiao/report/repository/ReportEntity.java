package org.jixiao.report.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jixiao.report.domain.model.ReportKind;

@Entity
@Table(name = "report")
public class ReportEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "evaluation_id")
    public UUID evaluationId;
    public int revision;
    @Column(name = "unit_code")
    public String unitCode;
    @Column(name = "evaluator_agency")
    public String evaluatorAgency;
    @Column(name = "unit_name")
    public String unitName;
    @Column(name = "region_code")
    public String regionCode;
    @Column(name = "fiscal_year")
    public int fiscalYear;
    @Column(name = "evaluation_type")
    public String evaluationType;
    @Enumerated(EnumType.STRING)
    public ReportKind kind;
    public String title;
    public BigDecimal total;
    public String grade;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String findings;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String sources;
    @Column(name = "source_event_id")
    public String sourceEventId;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
