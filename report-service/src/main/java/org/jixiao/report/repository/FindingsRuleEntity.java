package org.jixiao.report.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.jixiao.report.domain.findings.FindingsRule;
import org.jixiao.report.domain.findings.Severity;

@Entity
@Table(name = "findings_rule")
public class FindingsRuleEntity extends PanacheEntityBase {
    @Id
    public String id;
    public String condition;
    @Enumerated(EnumType.STRING)
    public Severity severity;
    @Column(name = "finding_template")
    public String findingTemplate;
    @Column(name = "recommendation_template")
    public String recommendationTemplate;
    public String citation;
    public boolean enabled;
    /** The region of the finance bureau that stored the rule; null: national. */
    @Column(name = "owner_region")
    public String ownerRegion;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public FindingsRule toRule() {
        return new FindingsRule(id, condition, severity, findingTemplate, recommendationTemplate, citation);
    }
}
