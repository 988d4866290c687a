package org.jixiao.scoring.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class GradeSchemeDtos {
    private GradeSchemeDtos() {
    }

    @Schema(name = "GradeBandInput", description = "一个等级: totals from lowerInclusive up to the next band's lower bound (exclusive)")
    public record BandInput(
            @Size(max = 32) @Schema(example = "优秀", required = true) String label,
            @Schema(example = "90", required = true) BigDecimal lowerInclusive) {
    }

    @Schema(name = "GradeSchemeRequest", description = "评价等级方案: half-open bands over 0–100, listed lowest first, "
            + "the first starting at 0, lower bounds strictly ascending",
            example = "{\"code\":\"HUBEI_2021\",\"name\":\"湖北省部门整体支出绩效评价等级\",\"bands\":["
                    + "{\"label\":\"差\",\"lowerInclusive\":0},{\"label\":\"中\",\"lowerInclusive\":60},"
                    + "{\"label\":\"良\",\"lowerInclusive\":75},{\"label\":\"优\",\"lowerInclusive\":90}]}")
    public record CreateRequest(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "letters, digits, _ and -, at most 64")
            @Schema(example = "HUBEI_2021", required = true) String code,
            @NotBlank @Size(max = 200) @Schema(example = "湖北省部门整体支出绩效评价等级", required = true) String name,
            @Size(max = 20) List<@Valid BandInput> bands) {
    }

    @Schema(name = "GradeSchemeUpdate", description = "New name and bands of a stored scheme; finalized evaluations keep "
            + "their grade, open ones are graded by the new bands from now on")
    public record UpdateRequest(
            @NotBlank @Size(max = 200) @Schema(example = "湖北省部门整体支出绩效评价等级", required = true) String name,
            @Size(max = 20) List<@Valid BandInput> bands) {
    }

    @Schema(name = "GradeBand", description = "一个等级: [lowerInclusive, upperExclusive)")
    public record Band(@Schema(example = "良", required = true) String label,
            @Schema(example = "80", required = true) BigDecimal lowerInclusive,
            @Schema(description = "the next band's lower bound; null for the top band, which includes 100", example = "90")
            BigDecimal upperExclusive) {
    }

    @Schema(name = "GradeScheme", description = "评价等级方案 with its half-open bands, lowest first")
    public record GradeSchemeResponse(@Schema(example = "NATIONAL", required = true) String code,
            @Schema(example = "财预〔2020〕10号通行等级", required = true) String name,
            @Schema(description = "built into the service (NATIONAL, JIAYUGUAN); cannot be changed", required = true)
            boolean builtIn,
            @Schema(description = "lowest first", required = true) List<Band> bands,
            @Schema(description = "null for a built-in scheme") OffsetDateTime createdAt,
            @Schema(description = "null for a built-in scheme") OffsetDateTime updatedAt,
            @Schema(description = "GB/T 2260 prefix of the owning finance bureau; null: national", example = "42")
            String ownerRegionCode) {
    }
}
