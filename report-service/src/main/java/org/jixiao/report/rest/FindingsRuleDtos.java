package org.jixiao.report.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.report.domain.findings.Severity;

public final class FindingsRuleDtos {
    public static final String ID_PATTERN = "[a-z0-9][a-z0-9-]{0,63}";

    private FindingsRuleDtos() {
    }

    @Schema(name = "FindingsRuleOrigin", description = "BUILT_IN: the default catalogue; OVERRIDDEN: a built-in rule "
            + "replaced or disabled by a stored one; CUSTOM: a rule added through the API")
    public enum Origin {
        BUILT_IN, OVERRIDDEN, CUSTOM
    }

    @Schema(name = "FindingsRuleRequest", description = "A rule kept as data. The condition is a small safe "
            + "expression over facts (comparisons, and/or/not, + - * /, percents such as 5%); templates substitute "
            + "${fact}, ${fact:万元} or ${fact:%}. Nothing in a rule can run code.")
    public record RuleRequest(
            @NotBlank @Size(max = 2000) @Schema(required = true, example = "adjustmentRate > 5%") String condition,
            @NotNull @Schema(required = true, example = "MEDIUM") Severity severity,
            @NotBlank @Size(max = 4000) @Schema(required = true,
                    example = "预算调整率较高，预算调整率为${adjustmentRate:%}。") String findingTemplate,
            @Size(max = 4000) @Schema(example = "建议部门提高预算编制合理性，降低预算调整率。") String recommendationTemplate,
            @Size(max = 1000) @Schema(example = "《预算绩效评价共性指标体系框架》（财预〔2013〕53号）") String citation,
            @Schema(description = "false switches the rule off (for a built-in id: disables the built-in); default true")
            Boolean enabled) {
    }

    @Schema(name = "NewFindingsRuleRequest", description = "A new custom rule with its id")
    public record NewRuleRequest(
            @NotBlank @Pattern(regexp = ID_PATTERN, message = "must be lower-case letters, digits and dashes, at most 64")
            @Schema(required = true, example = "low-funding-rate") String id,
            @NotBlank @Size(max = 2000) @Schema(required = true, example = "fundingRate < 95%") String condition,
            @NotNull @Schema(required = true, example = "LOW") Severity severity,
            @NotBlank @Size(max = 4000) @Schema(required = true, example = "资金到位率偏低，为${fundingRate:%}。")
            String findingTemplate,
            @Size(max = 4000) String recommendationTemplate,
            @Size(max = 1000) String citation,
            Boolean enabled) {

        public RuleRequest withoutId() {
            return new RuleRequest(condition, severity, findingTemplate, recommendationTemplate, citation, enabled);
        }
    }

    @Schema(name = "FindingsRule", description = "A rule of the catalogue: built in, a stored override of a built-in "
            + "rule, or a custom rule")
    public record FindingsRuleResponse(
            @Schema(required = true, example = "budget-adjustment") String id,
            @Schema(required = true, example = "adjustmentRate > 5%") String condition,
            @Schema(required = true) Severity severity,
            @Schema(required = true, example = "预算调整率较高，预算调整率为${adjustmentRate:%}。") String findingTemplate,
            String recommendationTemplate,
            String citation,
            @Schema(required = true) boolean enabled,
            @Schema(required = true) Origin origin,
            @Schema(description = "null for built-in rules") OffsetDateTime updatedAt,
            @Schema(description = "GB/T 2260 code of the finance bureau that stored the rule; it applies to the "
                    + "reports of that region and the regions inside it. Null: national", example = "6202")
            String ownerRegionCode) {
    }
}
