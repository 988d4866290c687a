package org.jixiao.indicator.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.indicator.repository.FrameworkEntity;
import org.jixiao.indicator.domain.framework.IndicatorCategory;
import org.jixiao.indicator.domain.framework.IndicatorOrigin;
import org.jixiao.indicator.domain.framework.IndicatorSubCategory;
import org.jixiao.indicator.domain.framework.ScoringMethod;
import org.jixiao.indicator.domain.target.Comparison;
import org.jixiao.indicator.domain.target.Direction;
import org.jixiao.indicator.domain.target.QualitativeKind;
import org.jixiao.indicator.domain.target.TargetValue;

public final class FrameworkDtos {
    private FrameworkDtos() {
    }

    @Schema(name = "FrameworkRequest", description = "指标体系 — a versioned tree of weighted indicators; leaves (三级) are scored")
    public record FrameworkRequest(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9_.-]{1,64}") @Schema(example = "jiayuguan-street-2022", required = true) String code,
            @NotBlank @Size(max = 200) @Schema(example = "嘉峪关市街道办事处部门整体支出绩效评价指标体系", required = true) String name,
            @Size(max = 4000) String description,
            @NotEmpty @Size(max = 200) @Schema(required = true) List<FrameworkNode> nodes) {
    }

    @Schema(name = "IndicatorMethodParameters", description = "Per-method configuration (SCORING.md §1)")
    public record MethodParameters(
            @Schema(description = "GRADE: label → fraction of the weight", example = "{\"优\":1.0,\"良\":0.8}")
            Map<String, BigDecimal> gradeTable,
            @Schema(description = "BANDED: ascending (upTo → points) steps") List<Band> bands,
            @Schema(description = "DEDUCTION: points deducted per violation") BigDecimal deductionPerViolation,
            @Schema(description = "RANK_WITHIN: best rank that still scores") Integer rankLimit) {
    }

    @Schema(name = "IndicatorScoreBand", description = "One step of a BANDED method: up to `upTo` (inclusive) scores `points`")
    public record Band(BigDecimal upTo, BigDecimal points) {
    }

    @Schema(name = "FrameworkNode", description = "一级/二级 category, group (年度目标, 活动) or scored 三级 leaf")
    public record FrameworkNode(
            @Schema(example = "1.2.3", required = true) String code,
            @Schema(example = "新增就业岗位", required = true) String name,
            @Schema(example = "3") int level,
            @Schema(example = "2.5", required = true) BigDecimal weight,
            IndicatorCategory category,
            IndicatorSubCategory subCategory,
            Direction direction,
            @Schema(description = "指标值 as written", example = "≥800个") String target,
            @Schema(example = "个") String measureUnit,
            ScoringMethod scoringMethod,
            MethodParameters methodParameters,
            @Schema(description = "评(扣)分标准") String scoringRule,
            IndicatorOrigin origin,
            @Schema(description = "budget:<metric>, survey:<group> or manual", example = "budget:executionRate") String dataBinding,
            @Schema(readOnly = true, description = "指标值 as parsed: operator, number, unit or qualitative kind") ParsedTarget parsedTarget,
            List<FrameworkNode> children) {
    }

    @Schema(name = "ParsedIndicatorTarget", description = "指标值 read by the target parser; the original text is kept")
    public record ParsedTarget(String originalText, Direction direction, Comparison operator, BigDecimal value,
            String measureUnit, QualitativeKind kind, Integer rankLimit) {

        public static ParsedTarget of(TargetValue t) {
            return new ParsedTarget(t.originalText(), t.direction(), t.operator(), t.value(), t.measureUnit(), t.kind(),
                    t.rankLimit());
        }
    }

    @Schema(name = "Framework", description = "One version of a framework with its whole tree")
    public record FrameworkResponse(
            @Schema(required = true, description = "id of this version") UUID id,
            @Schema(required = true, example = "jiayuguan-street-2022") String code,
            @Schema(required = true, example = "1") int version,
            @Schema(required = true) String name,
            String description,
            @Schema(required = true) FrameworkEntity.Status status,
            @Schema(required = true, description = "number of scored leaves") int leafCount,
            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(description = "null while a draft") OffsetDateTime publishedAt,
            @Schema(required = true) List<FrameworkNode> nodes,
            @Schema(description = "GB/T 2260 prefix of the owning finance bureau; null: national", example = "6202")
            String ownerRegionCode) {
    }

    @Schema(name = "FrameworkSummary", description = "One version of a framework, without its tree")
    public record FrameworkSummary(
            @Schema(required = true, description = "id of this version") UUID id,
            @Schema(required = true, example = "jiayuguan-street-2022") String code,
            @Schema(required = true, example = "1") int version,
            @Schema(required = true) String name,
            @Schema(required = true) FrameworkEntity.Status status,
            @Schema(required = true, description = "number of scored leaves") int leafCount,
            @Schema(description = "GB/T 2260 prefix of the owning finance bureau; null: national", example = "6202")
            String ownerRegionCode) {
    }

    @Schema(name = "FrameworkDiff", description = "What changed from version `against` (from) to version `id` (to), "
            + "nodes matched by code; sibling order is not compared")
    public record FrameworkDiffResponse(@Schema(required = true, description = "the framework code of both versions") String code,
            @Schema(required = true, description = "the older side: the `against` version") VersionRef from,
            @Schema(required = true, description = "the newer side: the version in the path") VersionRef to,
            @Schema(required = true) List<DiffNode> added,
            @Schema(required = true) List<DiffNode> removed,
            @Schema(required = true) List<ChangedNode> changed) {
    }

    @Schema(name = "FrameworkVersionRef", description = "One side of a comparison")
    public record VersionRef(@Schema(required = true) UUID id, @Schema(required = true) int version,
            @Schema(required = true) FrameworkEntity.Status status) {
    }

    @Schema(name = "FrameworkDiffNode", description = "A node only one side has, with its fields (parent: the parent's code)")
    public record DiffNode(@Schema(required = true) String code, @Schema(required = true) Map<String, Object> fields) {
    }

    @Schema(name = "FrameworkChangedNode", description = "A node both sides have, with the fields that differ")
    public record ChangedNode(@Schema(required = true) String code, @Schema(required = true) List<FieldChange> fields) {
    }

    @Schema(name = "FrameworkFieldChange", description = "name, weight, target, scoringMethod, methodParameters, scoringRule, "
            + "dataBinding, category, subCategory, direction, measureUnit, origin, level or parent; null: not set")
    public record FieldChange(@Schema(required = true) String field, Object oldValue, Object newValue) {
    }
}
