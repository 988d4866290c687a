package org.jixiao.indicator.domain.framework;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.indicator.domain.target.Direction;

/**
 * The seeds' frameworks as domain trees, read from the built-in templates in {@code src/main/resources/templates}
 * (the one place where they are typed), so that the domain tests check the very data the service loads.
 */
public final class SeedDeclarations {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private SeedDeclarations() {
    }

    /** Seed 004 附件 1: 预算执行 (20) and 年度目标 1–4 (11, 20, 23, 26), 54 scored targets. */
    public static List<IndicatorDefinition> seed004() {
        return template("seed004-goal-groups.json");
    }

    /** Seed 003 年度绩效指标: four activities (24 + 24 + 29 + 23 = 100), targets in three columns. */
    public static List<IndicatorDefinition> seed003() {
        return template("seed003-activities.json");
    }

    /**
     * Seed 002 整体支出绩效目标申报表: 31 targets (no 时效 indicator, 4 vague 提升/提高 targets) under 投入管理 20,
     * 产出 40, 效益 30, plus 预算执行 10 from the self-evaluation's score table.
     */
    public static List<IndicatorDefinition> seed002() {
        return template("seed002-declaration.json");
    }

    /** Seed 000: seven 一级 categories, 10/7/32/25/13/3/10. */
    public static List<IndicatorDefinition> seed000() {
        return template("seed000-seven-categories.json");
    }

    /** The national default after 财预〔2020〕10号: 决策 / 过程 / 产出 / 效益. */
    public static List<IndicatorDefinition> national() {
        return template("national-2020-10.json");
    }

    /** The top-level nodes of the built-in template {@code file}. */
    public static List<IndicatorDefinition> template(String file) {
        try (InputStream in = SeedDeclarations.class.getResourceAsStream("/templates/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no template " + file);
            }
            List<IndicatorDefinition> top = new ArrayList<>();
            for (JsonNode node : JSON.readTree(in).get("nodes")) {
                top.add(definition(node));
            }
            return top;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static IndicatorDefinition definition(JsonNode n) {
        List<IndicatorDefinition> children = new ArrayList<>();
        if (n.has("children")) {
            for (JsonNode child : n.get("children")) {
                children.add(definition(child));
            }
        }
        IndicatorDefinition.Builder b = IndicatorDefinition.builder(text(n, "code"), text(n, "name"))
                .level(n.path("level").asInt(1))
                .weight(n.hasNonNull("weight") ? n.get("weight").decimalValue() : null)
                .target(text(n, "target"))
                .measureUnit(text(n, "measureUnit"))
                .scoringRule(text(n, "scoringRule"))
                .dataBinding(text(n, "dataBinding"))
                .children(children);
        if (n.hasNonNull("category")) {
            b.category(IndicatorCategory.valueOf(text(n, "category")));
        }
        if (n.hasNonNull("subCategory")) {
            b.subCategory(IndicatorSubCategory.valueOf(text(n, "subCategory")));
        }
        if (n.hasNonNull("direction")) {
            b.direction(Direction.valueOf(text(n, "direction")));
        }
        if (n.hasNonNull("scoringMethod")) {
            b.scoringMethod(ScoringMethod.valueOf(text(n, "scoringMethod")));
        }
        if (n.hasNonNull("origin")) {
            b.origin(IndicatorOrigin.valueOf(text(n, "origin")));
        }
        return b.build();
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    /** Every leaf of a tree, depth first. */
    public static List<IndicatorDefinition> leaves(List<IndicatorDefinition> topLevel) {
        List<IndicatorDefinition> out = new ArrayList<>();
        java.util.Deque<IndicatorDefinition> stack = new java.util.ArrayDeque<>();
        for (int i = topLevel.size() - 1; i >= 0; i--) {
            stack.push(topLevel.get(i));
        }
        while (!stack.isEmpty()) {
            IndicatorDefinition node = stack.pop();
            if (node.isLeaf()) {
                out.add(node);
            }
            for (int i = node.children().size() - 1; i >= 0; i--) {
                stack.push(node.children().get(i));
            }
        }
        return out;
    }
}
