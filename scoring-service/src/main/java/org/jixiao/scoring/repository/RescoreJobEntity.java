package org.jixiao.scoring.repository;

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
import org.hibernate.type.SqlTypes;

/** A batch re-score of one region-year's evaluations and its progress. */
@Entity
@Table(name = "rescore_job")
public class RescoreJobEntity extends PanacheEntityBase {
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "RescoreJobStatus",
            description = "QUEUED, RUNNING, then COMPLETED or FAILED")
    public enum Status { QUEUED, RUNNING, COMPLETED, FAILED }

    @Id
    public UUID id;
    @Column(name = "region_code")
    public String regionCode;
    @Column(name = "fiscal_year")
    public int fiscalYear;
    @Column(name = "grade_scheme")
    public String gradeScheme;
    @Enumerated(EnumType.STRING)
    public Status status;
    public int total;
    public int processed;
    public int rescored;
    @Column(name = "finalized_unchanged")
    public int finalizedUnchanged;
    public int failed;
    /** JSON list of the first problems met (RescoreJobDtos.JobError). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String errors;
    public String failure;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "started_at")
    public OffsetDateTime startedAt;
    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
}
