package org.jixiao.indicator.rest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.indicator.domain.framework.ScoringMethod;
import org.jixiao.indicator.domain.target.Direction;
import org.jixiao.indicator.repository.DeclarationEntity;
import org.jixiao.indicator.rest.FrameworkDtos.FrameworkNode;

public final class DeclarationDtos {
    private DeclarationDtos() {
    }

    @Schema(name = "DeclarationCreate", description = "开始一份绩效目标申报：单位、年度和作为模板的已发布指标体系版本")
    public record DeclarationCreate(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9_.-]{1,64}") @Schema(example = "420100001", required = true) String unitCode,
            @NotNull @Min(2000) @Max(2100) @Schema(example = "2023", required = true) Integer fiscalYear,
            @NotNull @Schema(description = "id of a PUBLISHED framework version", required = true) UUID templateId,
            @Size(max = 200) @Schema(description = "defaults to the template's name", example = "2023 年度部门整体支出绩效目标")
            String name,
            @Pattern(regexp = "\\d{2,12}", message = "a GB/T 2260 code")
            @Schema(description = "行政区划代码 of the unit; defaults to the caller's region claim", example = "420115001")
            String regionCode) {
    }

    @Schema(name = "DeclarationTree", description = "替换申报的整个指标树（草稿或已退回时）")
    public record DeclarationTree(@NotEmpty @Size(max = 200) @Schema(required = true) List<FrameworkNode> nodes) {
    }

    @Schema(name = "IndicatorAdd", description = "在上级节点下新增一个个性指标")
    public record IndicatorAdd(
            @NotBlank @Size(max = 64) @Schema(example = "G4.O.N", required = true) String parentCode,
            @NotNull @Schema(required = true) FrameworkNode indicator) {
    }

    @Schema(name = "IndicatorFromLibrary", description = "从指标库复制一个指标到申报")
    public record IndicatorFromLibrary(
            @NotNull @Schema(required = true) UUID libraryIndicatorId,
            @NotBlank @Size(max = 64) @Schema(example = "G4.O.N", required = true) String parentCode,
            @NotBlank @Size(max = 64) @Pattern(regexp = "[^\\s/]{1,64}") @Schema(example = "G4.7", required = true) String code,
            @NotNull @DecimalMin("0") @Schema(example = "2", required = true) BigDecimal weight,
            @Size(max = 200) @Schema(description = "指标值; keeps the library's when absent", example = "≥900个") String target) {
    }

    @Schema(name = "IndicatorUpdate", description = "修改一个指标；未给出的字段保持不变")
    public record IndicatorUpdate(
            @Size(max = 200) String name,
            @DecimalMin("0") @Schema(example = "2.5") BigDecimal weight,
            @Size(max = 200) @Schema(description = "指标值 as written", example = "≥800个") String target,
            @Size(max = 50) @Schema(example = "个") String measureUnit,
            Direction direction,
            ScoringMethod scoringMethod,
            @Size(max = 4000) String scoringRule,
            @Size(max = 200) @Schema(example = "budget:executionRate") String dataBinding) {
    }

    @Schema(name = "DeclarationReturn", description = "退回申报，须写明原因")
    public record DeclarationReturn(
            @NotBlank @Size(max = 2000) @Schema(example = "项目未设置时效指标", required = true) String reason) {
    }

    @Schema(name = "DeclarationIssue", description = "一处错误（阻止提交）或质量提示（不阻止）")
    public record Issue(
            @Schema(required = true, description = "where: node codes joined by /; empty for the whole tree",
                    example = "G1/G1.O") String path,
            @Schema(required = true, example = "WEIGHT_SUM_MISMATCH") String code,
            @Schema(required = true, example = "“产出指标”的下级指标分值合计 6 分，与其分值 7 分不一致") String message) {
    }

    @Schema(name = "Declaration", description = "绩效目标申报 of one unit and fiscal year, with its tree and findings")
    public record DeclarationResponse(
            @Schema(required = true) UUID id,
            @Schema(required = true, example = "420100001") String unitCode,
            @Schema(required = true, example = "2023") int fiscalYear,
            @Schema(required = true, description = "the framework version it started from") UUID templateId,
            @Schema(required = true) String templateCode,
            @Schema(required = true) int templateVersion,
            @Schema(required = true) String name,
            @Schema(required = true, example = "DRAFT") DeclarationEntity.Status status,
            @Schema(required = true, description = "number of scored leaves") int leafCount,
            @Schema(description = "why finance returned it; null unless returned") String returnReason,
            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true) OffsetDateTime updatedAt,
            OffsetDateTime submittedAt,
            OffsetDateTime approvedAt,
            @Schema(required = true) List<FrameworkNode> nodes,
            @Schema(required = true, description = "block submission: weights, missing methods or targets …") List<Issue> errors,
            @Schema(required = true, description = "quality warnings: MISSING_TIMELINESS, VAGUE_TARGET, QUALITATIVE_SHARE_HIGH, DUPLICATE_NAME …")
            List<Issue> warnings,
            @Schema(required = true, description = "行政区划代码 of the unit", example = "420115001") String regionCode) {
    }

    @Schema(name = "DeclarationSummary", description = "A declaration without its tree")
    public record DeclarationSummary(
            @Schema(required = true) UUID id,
            @Schema(required = true, example = "420100001") String unitCode,
            @Schema(required = true, example = "2023") int fiscalYear,
            @Schema(required = true) String templateCode,
            @Schema(required = true) int templateVersion,
            @Schema(required = true) String name,
            @Schema(required = true, example = "APPROVED") DeclarationEntity.Status status,
            @Schema(required = true, description = "number of scored leaves") int leafCount,
            @Schema(required = true) OffsetDateTime updatedAt,
            @Schema(required = true, description = "行政区划代码 of the unit", example = "420115001") String regionCode) {
    }
}
