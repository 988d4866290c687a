package org.jixiao.scoring.client;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What scoring reads from indicator and budget. Tolerant readers: fields those services add later are ignored,
 * so they can evolve without breaking evaluations.
 */
public final class Snapshots {
    private Snapshots() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Framework(UUID id, String code, int version, String name, String status, List<Node> nodes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Node(String code, String name, int level, BigDecimal weight, String category, String subCategory,
            String target, String measureUnit, String scoringMethod, Parameters methodParameters, String scoringRule,
            String dataBinding, ParsedTarget parsedTarget, List<Node> children) {

        public boolean isLeaf() {
            return children == null || children.isEmpty();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Parameters(Map<String, BigDecimal> gradeTable, List<Band> bands, BigDecimal deductionPerViolation,
            Integer rankLimit) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Band(BigDecimal upTo, BigDecimal points) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ParsedTarget(String originalText, String direction, BigDecimal value, String measureUnit,
            String kind, Integer rankLimit) {
    }

    /** budget-service's Unit; its code is the JSON field unitCode (code before API v1's vocabulary, still read). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Unit(@JsonProperty("unitCode") @JsonAlias("code") String code, String name, String type,
            String regionCode) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Metrics(String unitCode, int fiscalYear, int budgetVersion, List<Metric> metrics,
            boolean finalAccountsIncomplete) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Metric(String name, String formula, Map<String, BigDecimal> inputs, BigDecimal value,
            String undefinedReason) {
    }
}
