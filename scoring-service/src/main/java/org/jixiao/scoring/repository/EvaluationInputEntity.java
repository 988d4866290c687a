package org.jixiao.scoring.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jixiao.scoring.domain.InputState;

/** What the evaluator (or the unit, in a self-evaluation) entered for one leaf. */
@Entity
@Table(name = "evaluation_input")
public class EvaluationInputEntity extends PanacheEntityBase {
    @Embeddable
    public record Key(@Column(name = "evaluation_id") UUID evaluationId, @Column(name = "leaf_code") String leafCode)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;
    @Enumerated(EnumType.STRING)
    public InputState state;
    public BigDecimal actual;
    public String grade;
    public Boolean achieved;
    @Column(name = "manual_score")
    public BigDecimal manualScore;
    public String reason;
    @Column(name = "survey_group")
    public String surveyGroup;
    @Column(name = "survey_issued")
    public Integer surveyIssued;
    @Column(name = "survey_valid")
    public Integer surveyValid;
    @Column(name = "survey_satisfied")
    public Integer surveySatisfied;
    @Column(name = "self_reported_score")
    public BigDecimal selfReportedScore;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
