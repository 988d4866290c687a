package org.jixiao.scoring.repository;

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
import org.jixiao.scoring.domain.EvaluationStatus;
import org.jixiao.scoring.domain.EvaluationType;

@Entity
@Table(name = "evaluation")
public class EvaluationEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "unit_code")
    public String unitCode;
    @Column(name = "unit_name")
    public String unitName;
    @Column(name = "region_code")
    public String regionCode;
    @Column(name = "fiscal_year")
    public int fiscalYear;
    @Enumerated(EnumType.STRING)
    public EvaluationType type;
    public int revision;
    @Enumerated(EnumType.STRING)
    public EvaluationStatus status;
    @Column(name = "grade_scheme")
    public String gradeScheme;
    @Column(name = "framework_id")
    public UUID frameworkId;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "framework_snapshot", columnDefinition = "jsonb")
    public String frameworkSnapshot;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "metrics_snapshot", columnDefinition = "jsonb")
    public String metricsSnapshot;
    @Column(name = "budget_version")
    public int budgetVersion;
    @Column(name = "snapshot_stale")
    public boolean snapshotStale;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "front_matter", columnDefinition = "jsonb")
    public String frontMatter;
    @Column(name = "return_reason")
    public String returnReason;
    public BigDecimal total;
    public String grade;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "final_score", columnDefinition = "jsonb")
    public String finalScore;
    @Column(name = "finalized_at")
    public OffsetDateTime finalizedAt;
    /** {@code ReportedScores} as JSON: the unit's own category totals and total (自评). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "reported_scores", columnDefinition = "jsonb")
    public String reportedScores;
    /** {@code List<SurveyResult>} as JSON: 满意度问卷 per respondent group. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String surveys;
    @Column(name = "reopened_from")
    public UUID reopenedFrom;
    /** Code of the evaluation agency assigned to score this evaluation; its evaluators see it (docs/security.md). */
    @Column(name = "evaluator_agency")
    public String evaluatorAgency;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
