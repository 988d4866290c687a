package org.jixiao.commons.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the body of every error answer. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record Problem(
        @Schema(example = "https://jixiao.org/problems/validation") String type,
        @Schema(example = "Invalid request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "fiscalYear must be between 2000 and 2100") String detail,
        @Schema(example = "/api/v1/budgets/110105001/2023") String instance,
        @Schema(description = "Request id of the call, to quote when reporting a problem") String requestId,
        @Schema(description = "One entry per offending field") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(example = "budgets[3].adjustedBudget") String field,
            @Schema(example = "NEGATIVE_AMOUNT") String code,
            @Schema(example = "must not be negative") String message) {
    }
}
