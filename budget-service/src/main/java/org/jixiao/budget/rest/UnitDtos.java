package org.jixiao.budget.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.budget.domain.UnitType;

public final class UnitDtos {
    private UnitDtos() {
    }

    @Schema(name = "UnitRequest", description = "预算单位 — a budget unit to register")
    public record UnitRequest(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,32}", message = "letters, digits, '-' or '_', at most 32")
            @Schema(description = "单位编码: the unit's own code, used as {unitCode} in every path", example = "620201001",
                    required = true) String unitCode,
            @NotBlank @Size(max = 200) @Schema(example = "嘉峪关市钢城街道办事处", required = true) String name,
            @NotNull @Schema(example = "SUB_DISTRICT_OFFICE", required = true) UnitType type,
            @NotNull @Pattern(regexp = "\\d{6}(\\d{3})?", message = "a GB/T 2260 code of 6 or 9 digits")
            @Schema(description = "行政区划代码 (GB/T 2260), 6 digits for a county, 9 for a township or street",
                    example = "620201001", required = true) String regionCode,
            @Pattern(regexp = "[A-Za-z0-9_-]{1,32}") @Schema(description = "上级单位 code") String parentCode) {
    }

    @Schema(name = "Unit", description = "预算单位 — a registered budget unit")
    public record UnitResponse(
            @Schema(required = true, description = "单位编码", example = "620201001") String unitCode,
            @Schema(required = true, example = "嘉峪关市钢城街道办事处") String name,
            @Schema(required = true, example = "SUB_DISTRICT_OFFICE") UnitType type,
            @Schema(required = true, description = "行政区划代码 (GB/T 2260)", example = "620201001") String regionCode,
            @Schema(description = "上级单位 code; null for a unit without one") String parentCode) {
    }

    @Schema(name = "UnitProfileRequest", description = "单位基本情况 — a unit's profile for one fiscal year, as its "
            + "evaluation report quotes it. Lists replace the stored ones; omitted lists mean none.")
    public record UnitProfileRequest(
            @Size(max = 200) @Schema(description = "内设机构", example = "[\"党政综合办公室\", \"社区建设办公室\"]")
            List<@NotBlank @Size(max = 200) String> internalDepartments,
            @Size(max = 200) @Schema(description = "下设事业单位", example = "[\"综合行政执法队\"]")
            List<@NotBlank @Size(max = 200) String> affiliatedInstitutions,
            @PositiveOrZero @Max(10_000_000) @Schema(description = "编制数", example = "45") Integer authorisedPosts,
            @PositiveOrZero @Max(10_000_000) @Schema(description = "在编在岗人数", example = "44") Integer staffInPost,
            @Size(max = 200) @Schema(description = "职责, one entry per duty",
                    example = "[\"负责辖区党的建设工作\", \"组织实施辖区社区建设\"]")
            List<@NotBlank @Size(max = 4000) String> responsibilities) {
    }

    @Schema(name = "UnitProfile", description = "单位基本情况 for one fiscal year")
    public record UnitProfileResponse(
            @Schema(required = true, example = "620201001") String unitCode,
            @Schema(required = true, example = "2023") int fiscalYear,
            @Schema(required = true, description = "1 on creation, +1 on every change", example = "1") int version,
            @Schema(required = true, description = "内设机构; empty when none") List<String> internalDepartments,
            @Schema(required = true, description = "下设事业单位; empty when none") List<String> affiliatedInstitutions,
            @Schema(description = "编制数; null when not stated") Integer authorisedPosts,
            @Schema(description = "在编在岗人数; null when not stated") Integer staffInPost,
            @Schema(required = true, description = "职责; empty when none") List<String> responsibilities,
            @Schema(required = true) OffsetDateTime updatedAt) {
    }
}
