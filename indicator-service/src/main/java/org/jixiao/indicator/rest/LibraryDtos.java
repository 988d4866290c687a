package org.jixiao.indicator.rest;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.indicator.domain.framework.IndicatorCategory;
import org.jixiao.indicator.domain.framework.IndicatorSubCategory;
import org.jixiao.indicator.rest.FrameworkDtos.FrameworkNode;

public final class LibraryDtos {
    private LibraryDtos() {
    }

    @Schema(name = "LibraryIndicator", description = "指标库中的一个三级指标：名称、所属一级/二级分类、使用次数及可复制的定义")
    public record LibraryIndicator(
            @Schema(required = true) UUID id,
            @Schema(required = true, example = "新增就业岗位") String name,
            @Schema(description = "一级分类（可继承自上级）", example = "OUTPUT") IndicatorCategory category,
            @Schema(description = "二级分类（可继承自上级）", example = "QUANTITY") IndicatorSubCategory subCategory,
            @Schema(required = true, description = "发布及复制使用的次数", example = "3") int usageCount,
            @Schema(required = true, description = "FRAMEWORK or DECLARATION", example = "FRAMEWORK") String sourceKind,
            @Schema(required = true, description = "首次发布于", example = "builtin-seed004-goal-groups v1") String sourceLabel,
            @Schema(required = true) OffsetDateTime firstPublishedAt,
            @Schema(required = true, description = "指标定义（不含下级），复制到申报时使用") FrameworkNode definition) {
    }
}
