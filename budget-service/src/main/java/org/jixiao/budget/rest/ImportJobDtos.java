package org.jixiao.budget.rest;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.budget.rest.ImportDtos.ImportMode;
import org.jixiao.budget.rest.ImportDtos.ImportSummary;
import org.jixiao.commons.problem.Problem;

/** Bodies of the import-job endpoints. */
public final class ImportJobDtos {
    private ImportJobDtos() {
    }

    @Schema(name = "ImportJobStatus", description = "QUEUED: waiting for the executor. RUNNING: counting, then "
            + "importing. SUCCEEDED: the import answered 200 (applied, or validated with dryRun). FAILED: the rows "
            + "were refused (summary with conflicts) or the upload could not be imported (error).")
    public enum JobStatus {
        QUEUED, RUNNING, SUCCEEDED, FAILED;

        public boolean done() {
            return this == SUCCEEDED || this == FAILED;
        }
    }

    @Schema(name = "ImportJob", description = "A bulk upload imported in the background through the same pipeline "
            + "as POST /api/v1/imports/budgets. Fields that do not apply yet (or at all) are null.")
    public record ImportJobResponse(
            @Schema(required = true, description = "the job's id, {jobId} in its path") UUID id,
            @Schema(required = true) JobStatus status,
            @Schema(required = true, description = "json, csv or xlsx", example = "xlsx") String format,
            @Schema(required = true) ImportMode mode,
            @Schema(required = true) boolean dryRun,
            @Schema(description = "Idempotency-Key of the upload, when given") String idempotencyKey,
            @Schema(required = true, description = "size of the upload in bytes") long uploadBytes,
            @Schema(required = true, description = "rows read so far") long processed,
            @Schema(description = "rows in the upload, once counted (null while QUEUED)") Long total,
            @Schema(description = "processed / total in percent, 2 decimals (null until total is known)",
                    example = "42.50") BigDecimal percent,
            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(description = "null while QUEUED") OffsetDateTime startedAt,
            @Schema(description = "null until SUCCEEDED or FAILED") OffsetDateTime finishedAt,
            @Schema(description = "the status the same upload gets from POST /api/v1/imports/budgets (when done)",
                    example = "200") Integer httpStatus,
            @Schema(description = "true: the Idempotency-Key had been used for the same push; summary is its first "
                    + "answer and nothing was applied") Boolean replayed,
            @JsonRawValue @Schema(implementation = ImportSummary.class,
                    description = "the import summary with per-row conflicts, when the import answered")
            String summary,
            @JsonRawValue @Schema(implementation = Problem.class,
                    description = "why the upload could not be imported at all (unreadable body, …)")
            String error) {
    }
}
