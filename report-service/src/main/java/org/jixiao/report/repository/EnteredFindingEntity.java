package org.jixiao.report.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jixiao.report.domain.findings.Severity;

@Entity
@Table(name = "report_entered_finding")
public class EnteredFindingEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "report_id")
    public UUID reportId;
    @Enumerated(EnumType.STRING)
    public Severity severity;
    public String text;
    public String recommendation;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
