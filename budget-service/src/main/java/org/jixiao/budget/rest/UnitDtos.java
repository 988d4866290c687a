package org.jixiao.budget.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.budget.domain.UnitType;

public final class UnitDtos {
    private UnitDtos() {
    }

    @Schema(name = "UnitRequest", description = "预算单位 — a budget unit to register")
    public record UnitRequest(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,32}", message = "letters, digits, '-' or '_', at most 32")
            @Schema(example = "620201001", required = true) String code,
            @NotBlank @Size(max = 200) @Schema(example = "嘉峪关市钢城街道办事处", required = true) String name,
            @NotNull @Schema(example = "SUB_DISTRICT_OFFICE", required = true) UnitType type,
            @NotNull @Pattern(regexp = "\\d{6}(\\d{3})?", message = "a GB/T 2260 code of 6 or 9 digits")
            @Schema(description = "行政区划代码 (GB/T 2260), 6 digits for a county, 9 for a township or street",
                    example = "620201001", required = true) String regionCode,
            @Pattern(regexp = "[A-Za-z0-9_-]{1,32}") @Schema(description = "上级单位 code") String parentCode) {
    }

    @Schema(name = "Unit")
    public record UnitResponse(String code, String name, UnitType type, String regionCode, String parentCode) {
    }

    @Schema(name = "UnitPage")
    public record UnitPage(List<UnitResponse> items, int page, int size, long total) {
    }
}
