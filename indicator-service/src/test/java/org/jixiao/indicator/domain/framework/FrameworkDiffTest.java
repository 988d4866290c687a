package org.jixiao.indicator.domain.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FrameworkDiffTest {

    private static NodeSnapshot node(String code, Object... nameValue) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            fields.put((String) nameValue[i], nameValue[i + 1]);
        }
        return new NodeSnapshot(code, fields);
    }

    private static List<NodeSnapshot> seedLike() {
        return List.of(
                node("1", "name", "预算执行", "weight", new BigDecimal("20")),
                node("1.1", "parent", "1", "name", "预算执行率", "weight", new BigDecimal("20"),
                        "scoringMethod", "EXECUTION_RATE", "target", "100%", "dataBinding", "budget:executionRate"),
                node("2", "name", "产出", "weight", new BigDecimal("80")),
                node("2.1", "parent", "2", "name", "新增就业岗位", "weight", new BigDecimal("2.5"),
                        "target", "≥800个", "methodParameters", Map.of("rankLimit", 3)));
    }

    @Test
    void aVersionComparedWithItselfHasNoDifferences() {
        FrameworkDiff diff = FrameworkDiff.between(seedLike(), seedLike());
        assertTrue(diff.isEmpty(), diff.toString());
    }

    @Test
    void reportsAddedRemovedAndChangedNodesByCodeWithOldAndNewValues() {
        List<NodeSnapshot> next = List.of(
                node("1", "name", "预算执行", "weight", new BigDecimal("20")),
                node("1.1", "parent", "1", "name", "预算执行率", "weight", new BigDecimal("20"),
                        "scoringMethod", "EXECUTION_RATE", "target", "≥95%", "dataBinding", "budget:executionRate"),
                node("2", "name", "产出指标", "weight", new BigDecimal("80")),
                node("2.2", "parent", "2", "name", "安全生产事故", "weight", new BigDecimal("2.5"), "target", "0起"));

        FrameworkDiff diff = FrameworkDiff.between(seedLike(), next);

        assertEquals(List.of("2.2"), diff.added().stream().map(NodeSnapshot::code).toList());
        assertEquals(List.of("2.1"), diff.removed().stream().map(NodeSnapshot::code).toList());
        assertEquals(List.of(new NodeChange("1.1", List.of(new FieldChange("target", "100%", "≥95%"))),
                new NodeChange("2", List.of(new FieldChange("name", "产出", "产出指标")))), diff.changed());
    }

    @Test
    void aFieldSetOrClearedIsAChangeFromOrToNull() {
        FrameworkDiff diff = FrameworkDiff.between(List.of(node("a", "name", "甲", "scoringRule", "全部完成得满分")),
                List.of(node("a", "name", "甲", "dataBinding", "manual")));
        assertEquals(List.of(new FieldChange("scoringRule", "全部完成得满分", null),
                new FieldChange("dataBinding", null, "manual")), diff.changed().get(0).fields());
    }

    @Test
    void numbersCompareByValueNotByScaleAlsoInsideMethodParameters() {
        List<NodeSnapshot> a = List.of(node("a", "weight", new BigDecimal("2.5"),
                "methodParameters", Map.of("gradeTable", Map.of("优", new BigDecimal("1.0"), "良", new BigDecimal("0.8")))));
        List<NodeSnapshot> b = List.of(node("a", "weight", new BigDecimal("2.50"),
                "methodParameters", Map.of("gradeTable", Map.of("优", BigDecimal.ONE, "良", new BigDecimal("0.80")))));
        assertTrue(FrameworkDiff.between(a, b).isEmpty());

        List<NodeSnapshot> c = List.of(node("a", "weight", new BigDecimal("2.5"),
                "methodParameters", Map.of("gradeTable", Map.of("优", BigDecimal.ONE, "良", new BigDecimal("0.6")))));
        FrameworkDiff diff = FrameworkDiff.between(a, c);
        assertEquals(List.of("methodParameters"),
                diff.changed().get(0).fields().stream().map(FieldChange::field).toList());
    }

    @Test
    void listsCompareElementByElement() {
        assertTrue(FrameworkDiff.sameValue(List.of(new BigDecimal("1.0"), "x"), List.of(BigDecimal.ONE, "x")));
        assertFalse(FrameworkDiff.sameValue(List.of(BigDecimal.ONE, "x"), List.of("x", BigDecimal.ONE)));
        assertFalse(FrameworkDiff.sameValue(List.of(BigDecimal.ONE), List.of(BigDecimal.ONE, BigDecimal.ONE)));
        assertFalse(FrameworkDiff.sameValue(Map.of("a", 1), Map.of("b", 1)));
    }

    @Test
    void aMovedNodeIsAChangedParentNotARemovalAndAnAddition() {
        FrameworkDiff diff = FrameworkDiff.between(List.of(node("x", "parent", "1")), List.of(node("x", "parent", "2")));
        assertTrue(diff.added().isEmpty());
        assertTrue(diff.removed().isEmpty());
        assertEquals(List.of(new FieldChange("parent", "1", "2")), diff.changed().get(0).fields());
    }

    @Test
    void nullValuesAreTheSameAsAbsentFields() {
        Map<String, Object> withNull = new LinkedHashMap<>();
        withNull.put("name", "甲");
        withNull.put("target", null);
        assertTrue(FrameworkDiff.between(List.of(new NodeSnapshot("a", withNull)),
                List.of(node("a", "name", "甲"))).isEmpty());
    }

    @Test
    void refusesAVersionInWhichACodeOccursTwice() {
        assertThrows(IllegalArgumentException.class, () -> FrameworkDiff.between(
                List.of(node("a", "name", "甲"), node("a", "name", "乙")), List.of()));
    }

    // ------------------------------------------------------------------ properties

    private static final String[] FIELDS = {"name", "parent", "weight", "target", "scoringMethod", "methodParameters",
            "scoringRule", "dataBinding", "category"};

    private static Object randomValue(Random random, String field) {
        return switch (field) {
            case "weight" -> BigDecimal.valueOf(random.nextInt(2000), random.nextInt(3));
            case "methodParameters" -> random.nextBoolean() ? Map.of("rankLimit", random.nextInt(5))
                    : Map.of("gradeTable", new TreeMap<>(Map.of("优", BigDecimal.valueOf(random.nextInt(11), 1))));
            default -> random.nextInt(4) == 0 ? null : field + random.nextInt(4);
        };
    }

    private static NodeSnapshot randomNode(Random random, String code) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String field : FIELDS) {
            if (random.nextInt(5) > 0) {
                fields.put(field, randomValue(random, field));
            }
        }
        return new NodeSnapshot(code, fields);
    }

    private static List<NodeSnapshot> randomVersion(Random random) {
        List<NodeSnapshot> nodes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            if (random.nextInt(3) > 0) {
                nodes.add(randomNode(random, "n" + i));
            }
        }
        Collections.shuffle(nodes, random);
        return nodes;
    }

    /** A version edited the way people edit: some nodes dropped, some added, some fields changed or cleared. */
    private static List<NodeSnapshot> edited(Random random, List<NodeSnapshot> version) {
        List<NodeSnapshot> result = new ArrayList<>();
        for (NodeSnapshot node : version) {
            int roll = random.nextInt(4);
            if (roll == 0) {
                continue;
            }
            if (roll == 1) {
                Map<String, Object> fields = new LinkedHashMap<>(node.fields());
                String field = FIELDS[random.nextInt(FIELDS.length)];
                fields.put(field, randomValue(random, field));
                result.add(new NodeSnapshot(node.code(), fields));
            } else {
                result.add(node);
            }
        }
        for (int i = 12; i < 12 + random.nextInt(3); i++) {
            result.add(randomNode(random, "n" + i));
        }
        Collections.shuffle(result, random);
        return result;
    }

    /** Nodes by code, values rescaled so that "same by value" becomes plain equality. */
    private static Map<String, Map<String, Object>> content(List<NodeSnapshot> nodes) {
        return nodes.stream().collect(Collectors.toMap(NodeSnapshot::code,
                n -> n.fields().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        e -> e.getValue() instanceof BigDecimal d ? d.stripTrailingZeros() : e.getValue()))));
    }

    @Test
    void propertyEveryVersionComparedWithItselfIsEmpty() {
        Random random = new Random(1);
        for (int i = 0; i < 1_000; i++) {
            List<NodeSnapshot> version = randomVersion(random);
            List<NodeSnapshot> reordered = new ArrayList<>(version);
            Collections.shuffle(reordered, random);
            assertTrue(FrameworkDiff.between(version, version).isEmpty(), "case " + i);
            assertTrue(FrameworkDiff.between(version, reordered).isEmpty(), "case " + i + ": order is not a change");
        }
    }

    @Test
    void propertyApplyingTheReportedChangesExplainsEveryDifference() {
        Random random = new Random(1);
        for (int i = 0; i < 1_000; i++) {
            List<NodeSnapshot> a = randomVersion(random);
            List<NodeSnapshot> b = random.nextInt(5) == 0 ? randomVersion(random) : edited(random, a);
            FrameworkDiff diff = FrameworkDiff.between(a, b);

            assertEquals(content(b), content(diff.applyTo(a)), "case " + i + ": " + diff);
            // and nothing is reported that is not a difference
            Function<List<NodeSnapshot>, Map<String, NodeSnapshot>> byCode =
                    v -> v.stream().collect(Collectors.toMap(NodeSnapshot::code, n -> n));
            Map<String, NodeSnapshot> before = byCode.apply(a);
            Map<String, NodeSnapshot> after = byCode.apply(b);
            diff.added().forEach(n -> assertFalse(before.containsKey(n.code())));
            diff.removed().forEach(n -> assertFalse(after.containsKey(n.code())));
            for (NodeChange change : diff.changed()) {
                assertFalse(change.fields().isEmpty());
                for (FieldChange f : change.fields()) {
                    assertFalse(FrameworkDiff.sameValue(f.oldValue(), f.newValue()), "case " + i + ": " + f);
                    assertTrue(FrameworkDiff.sameValue(f.oldValue(), before.get(change.code()).field(f.field())));
                    assertTrue(FrameworkDiff.sameValue(f.newValue(), after.get(change.code()).field(f.field())));
                }
            }
            assertEquals(diff.isEmpty(), content(a).equals(content(b)), "case " + i);
        }
    }
}
