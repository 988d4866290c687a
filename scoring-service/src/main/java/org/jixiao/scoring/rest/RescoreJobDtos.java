package org.jixiao.scoring.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.scoring.repository.RescoreJobEntity;

public final class RescoreJobDtos {
    private RescoreJobDtos() {
    }

    @Schema(name = "RescoreJobRequest", description = "Re-scores every evaluation of a region (GB/T 2260 prefix) and "
            + "fiscal year, optionally switching the open ones to another grade scheme. FINALIZED evaluations are "
            + "counted, never changed.",
            example = "{\"regionCode\":\"6202\",\"fiscalYear\":2022,\"gradeScheme\":\"JIAYUGUAN\"}")
    public record CreateRequest(
            @NotNull @Pattern(regexp = "\\d{0,9}", message = "a GB/T 2260 code prefix: up to 9 digits")
            @Schema(description = "行政区划代码 prefix; empty for every region", example = "6202", required = true)
            String regionCode,
            @NotNull @Min(2000) @Max(2100) @Schema(example = "2022", required = true) Integer fiscalYear,
            @Size(max = 64) @Schema(description = "评价等级方案 the open evaluations switch to; absent: keep their own",
                    example = "JIAYUGUAN") String gradeScheme) {
    }

    @Schema(name = "RescoreJobError", description = "An evaluation the job could not score")
    public record JobError(@Schema(required = true) UUID evaluationId, String unitCode,
            @Schema(example = "INCOMPLETE_EVALUATION", required = true) String code,
            @Schema(example = "3 leaf inputs are missing or invalid: inputs[2.1] MISSING_INPUT …") String message) {
    }

    @Schema(name = "RescoreJob", description = "A re-score job with its progress")
    public record JobResponse(@Schema(required = true) UUID id,
            @Schema(description = "行政区划代码 prefix; empty for every region", example = "6202", required = true)
            String regionCode,
            @Schema(example = "2022", required = true) int fiscalYear,
            @Schema(description = "the grade scheme open evaluations switch to; null: each keeps its own",
                    example = "JIAYUGUAN") String gradeScheme,
            @Schema(example = "RUNNING", required = true) RescoreJobEntity.Status status,
            @Schema(description = "evaluations of the region-year when the job started", example = "10000",
                    required = true) int total,
            @Schema(example = "2400", required = true) int processed,
            @Schema(description = "processed ÷ total, percent with 2 decimals", example = "24.00", required = true)
            BigDecimal percent,
            @Schema(description = "open evaluations scored and stored", required = true) int rescored,
            @Schema(description = "FINALIZED evaluations met and left unchanged", required = true) int finalizedUnchanged,
            @Schema(description = "open evaluations that could not be scored (incomplete or invalid)", required = true)
            int failed,
            @Schema(description = "the first 100 of them", required = true) List<JobError> errors,
            @Schema(description = "why the job itself stopped, when FAILED") String failure,
            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(description = "null while QUEUED") OffsetDateTime startedAt,
            @Schema(description = "null until COMPLETED or FAILED") OffsetDateTime finishedAt) {
    }
}
