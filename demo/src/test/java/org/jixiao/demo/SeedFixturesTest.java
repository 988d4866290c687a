package org.jixiao.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixture is the body the public API expects, and the five trees can be scored to 100. */
class SeedFixturesTest {
    private static final Set<String> METHODS = Set.of("RATIO_AT_LEAST", "RATIO_AT_MOST", "EQUALS", "ZERO_TOLERANCE",
            "RANK_WITHIN", "BINARY", "GRADE", "EXECUTION_RATE", "BANDED", "DEDUCTION", "SATISFACTION", "MANUAL");
    private static final Set<String> NEED_TARGET = Set.of("RATIO_AT_LEAST", "RATIO_AT_MOST", "EQUALS", "RANK_WITHIN",
            "BINARY", "SATISFACTION");
    private static final Set<String> STATES = Set.of("VALUE", "DATA_UNAVAILABLE", "NOT_APPLICABLE", "MANUAL");

    static Stream<String> dirs() {
        return SeedCase.all().stream().map(SeedCase::dir);
    }

    @ParameterizedTest
    @MethodSource("dirs")
    void everyFixtureParsesAndNamesTheSameUnitAndYear(String dir) {
        SeedFixtures f = SeedFixtures.load(dir);
        assertTrue(f.unitCode().matches("[A-Za-z0-9_-]{1,32}"), f.unitCode());
        assertTrue(f.regionCode().matches("\\d{6}(\\d{3})?"), f.regionCode());
        assertEquals("SUB_DISTRICT_OFFICE", f.unit().path("type").asText());
        assertEquals(f.unitCode(), f.evaluation().path("unitCode").asText());
        assertTrue(Set.of("SELF", "FINANCE").contains(f.type()), f.type());
        assertTrue(f.evaluation().path("frameworkId").isMissingNode(), "the loader adds frameworkId");
        JsonNode rows = f.budget().path("rows");
        assertEquals(1, rows.size());
        assertEquals(f.unitCode(), rows.get(0).path("unitCode").asText());
        assertEquals(f.fiscalYear(), rows.get(0).path("fiscalYear").asInt());
        assertEquals("TEN_THOUSAND_YUAN", rows.get(0).path("amountUnit").asText(), "元 or 万元, never guessed");
        assertTrue(f.frameworkCode().matches("demo-seed00\\d-[a-z0-9-]+"), f.frameworkCode());
        assertTrue(f.frameworkCode().startsWith("demo-seed" + dir.substring(0, 3)));
    }

    @ParameterizedTest
    @MethodSource("dirs")
    void budgetSplitsAddUpWhereGiven(String dir) {
        JsonNode row = SeedFixtures.load(dir).budget().path("rows").get(0);
        if (row.has("basicExpenditure")) {
            assertEquals(0, money(row, "basicExpenditure").add(money(row, "projectExpenditure"))
                    .compareTo(money(row, "actualExpenditure")), "基本 + 项目 = 实际支出");
        }
        if (row.has("fundSourceExpenditure")) {
            BigDecimal sum = BigDecimal.ZERO;
            for (JsonNode v : row.path("fundSourceExpenditure")) {
                sum = sum.add(new BigDecimal(v.asText()));
            }
            assertEquals(0, sum.compareTo(money(row, "allSourceExpenditure")), "资金来源之和 = 全部资金来源支出");
        }
        for (String field : List.of("initialBudget", "adjustedBudget", "actualExpenditure")) {
            if (row.has(field)) {
                assertTrue(money(row, field).scale() <= 6, "万元 allows 6 decimals: " + field);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dirs")
    void frameworkWeightsSumTo100AndEveryLeafCanBeScored(String dir) {
        JsonNode nodes = SeedFixtures.load(dir).framework().path("nodes");
        BigDecimal top = BigDecimal.ZERO;
        for (JsonNode n : nodes) {
            top = top.add(n.path("weight").decimalValue());
        }
        assertEquals(0, top.compareTo(BigDecimal.valueOf(100)), dir + ": top level sums to " + top);
        Set<String> codes = new HashSet<>();
        List<JsonNode> leaves = new ArrayList<>();
        walk(nodes, null, codes, leaves);
        assertFalse(leaves.isEmpty());
        for (JsonNode leaf : leaves) {
            String method = leaf.path("scoringMethod").asText();
            assertTrue(METHODS.contains(method), leaf.path("code") + " has method " + method);
            if (NEED_TARGET.contains(method)) {
                assertFalse(leaf.path("target").asText().isBlank(), leaf.path("code") + " needs a target");
            }
        }
    }

    private static void walk(JsonNode nodes, JsonNode parent, Set<String> codes, List<JsonNode> leaves) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode n : nodes) {
            String code = n.path("code").asText();
            assertTrue(codes.add(code), "duplicate code " + code);
            assertFalse(n.path("name").asText().isBlank(), code + " has no name");
            assertTrue(n.path("weight").isNumber(), code + " has no weight");
            assertTrue(n.path("weight").decimalValue().signum() >= 0, code);
            if (parent != null) {
                assertEquals(parent.path("level").asInt() + 1, n.path("level").asInt(), code + " level");
            }
            sum = sum.add(n.path("weight").decimalValue());
            if (n.path("children").size() > 0) {
                assertTrue(n.path("scoringMethod").isMissingNode(), code + " is a heading with a method");
                walk(n.path("children"), n, codes, leaves);
            } else {
                leaves.add(n);
            }
        }
        if (parent != null) {
            assertEquals(0, sum.compareTo(parent.path("weight").decimalValue()),
                    parent.path("code").asText() + ": children sum to " + sum);
        }
    }

    @ParameterizedTest
    @MethodSource("dirs")
    void everyLeafHasExactlyOneSourceOfItsActual(String dir) {
        SeedFixtures f = SeedFixtures.load(dir);
        Map<String, JsonNode> leaves = new LinkedHashMap<>();
        collectLeaves(f.framework().path("nodes"), leaves);
        Set<String> entered = new HashSet<>();
        for (JsonNode input : f.inputs().path("inputs")) {
            String code = input.path("leafCode").asText();
            assertTrue(leaves.containsKey(code), dir + ": input for unknown leaf " + code);
            assertTrue(entered.add(code), dir + ": two inputs for " + code);
            assertTrue(STATES.contains(input.path("state").asText()), code);
            JsonNode leaf = leaves.get(code);
            boolean manual = input.path("state").asText().equals("MANUAL")
                    || leaf.path("scoringMethod").asText().equals("MANUAL");
            if (manual) {
                assertFalse(input.path("reason").asText().isBlank(), code + ": a manual score needs its reason");
                BigDecimal score = input.path("manualScore").decimalValue();
                assertTrue(score.signum() >= 0 && score.compareTo(leaf.path("weight").decimalValue()) <= 0,
                        code + ": manual score within [0, weight]");
            }
            if (input.has("selfReportedScore")) {
                assertTrue(input.path("selfReportedScore").decimalValue()
                        .compareTo(leaf.path("weight").decimalValue()) <= 0, code + ": self score above weight");
            }
        }
        for (Map.Entry<String, JsonNode> leaf : leaves.entrySet()) {
            boolean bound = leaf.getValue().path("dataBinding").asText().startsWith("budget:");
            assertTrue(bound ^ entered.contains(leaf.getKey()),
                    dir + ": " + leaf.getKey() + " must be either bound to a budget metric or entered, not both");
        }
    }

    @ParameterizedTest
    @MethodSource("dirs")
    void reportedScoresNameNodesOfTheFrameworkAndFitTheirWeights(String dir) {
        SeedFixtures f = SeedFixtures.load(dir);
        if (f.reportedScores() == null) {
            assertEquals("FINANCE", f.type(), dir + ": only self-evaluations carry the unit's own scores");
            return;
        }
        assertEquals("SELF", f.type());
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        collectWeights(f.framework().path("nodes"), weights);
        f.reportedScores().path("byNodeCode").fields().forEachRemaining(e -> {
            assertNotNull(weights.get(e.getKey()), dir + ": no node " + e.getKey());
            assertTrue(e.getValue().decimalValue().compareTo(weights.get(e.getKey())) <= 0, e.getKey());
        });
        BigDecimal total = f.reportedScores().path("total").decimalValue();
        assertTrue(total.signum() >= 0 && total.compareTo(BigDecimal.valueOf(100)) <= 0);
    }

    @ParameterizedTest
    @MethodSource("dirs")
    void frontMatterFitsTheApiLimits(String dir) {
        JsonNode front = SeedFixtures.load(dir).evaluation().path("frontMatter");
        assertTrue(front.isObject(), dir + " has front matter");
        assertTrue(front.path("purpose").asText().length() <= 4000);
        assertTrue(front.path("achievements").asText().length() <= 20000);
        assertTrue(front.path("basis").size() <= 50);
        for (JsonNode phase : front.path("phases")) {
            assertFalse(phase.path("name").asText().isBlank());
            if (phase.has("from")) {
                assertTrue(phase.path("from").asText().matches("\\d{4}-\\d{2}-\\d{2}"));
                assertTrue(phase.path("from").asText().compareTo(phase.path("to").asText()) <= 0);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dirs")
    void anAbsentOptionalFixtureIsNullAndAMissingRequiredOneIsNamed(String dir) {
        assertNull(SeedFixtures.optional(dir, "no-such-file.json"));
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> SeedFixtures.required(dir, "no-such-file.json"));
        assertTrue(e.getMessage().contains(dir + "/no-such-file.json"), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void decimalsTravelAsTheSeedsWriteThem() throws Exception {
        String framework = SeedFixtures.JSON.writeValueAsString(SeedFixtures.load("000-jiayuguan-gangcheng-2022").framework());
        assertTrue(framework.contains("\"weight\":10,"), framework);
        String inputs = SeedFixtures.JSON.writeValueAsString(SeedFixtures.load("004-wuhan-baoxie-2022").inputs());
        assertTrue(inputs.contains("\"selfReportedScore\":1.00"), inputs);
        String budget = SeedFixtures.JSON.writeValueAsString(SeedFixtures.load("003-beijing-jinsong-2023").budget());
        assertTrue(budget.contains("\"31385.997668\""), budget);
        assertFalse((framework + inputs + budget).contains("E+"), "no exponent notation in a request body");
    }

    static void collectLeaves(JsonNode nodes, Map<String, JsonNode> into) {
        for (JsonNode n : nodes) {
            if (n.path("children").size() > 0) {
                collectLeaves(n.path("children"), into);
            } else {
                into.put(n.path("code").asText(), n);
            }
        }
    }

    static void collectWeights(JsonNode nodes, Map<String, BigDecimal> into) {
        for (JsonNode n : nodes) {
            into.put(n.path("code").asText(), n.path("weight").decimalValue());
            collectWeights(n.path("children"), into);
        }
    }

    private static BigDecimal money(JsonNode row, String field) {
        return new BigDecimal(row.path(field).asText());
    }
}
