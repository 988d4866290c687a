package org.jixiao.demo;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fixtures of one seed case, read from {@code /seeds/<dir>/} on the classpath: each file is the body of one
 * public API call, exactly as sent.
 *
 * @param dir            the case's directory name, e.g. {@code 004-wuhan-baoxie-2022}
 * @param unit           POST /api/v1/units
 * @param profile        PUT /api/v1/units/{code}/profiles/{year}; null when the seed describes no organisation
 * @param budget         POST /api/v1/imports/budgets ({@code {"rows":[…]}})
 * @param framework      POST /api/v1/frameworks
 * @param evaluation     POST /api/v1/evaluations without {@code frameworkId}, which the loader adds
 * @param inputs         PUT /api/v1/evaluations/{id}/inputs
 * @param reportedScores PUT /api/v1/evaluations/{id}/reported-scores; null when the seed reports no self score
 * @param declaration    the approved 绩效目标申报: PUT /api/v1/declarations/{id}/nodes when it has {@code nodes},
 *                       otherwise the framework's own tree as declared; null when the seed shows no declaration
 * @param surveys        PUT /api/v1/evaluations/{id}/surveys (满意度问卷); null when the seed counts none
 */
public record SeedFixtures(String dir, JsonNode unit, JsonNode profile, JsonNode budget, JsonNode framework,
        JsonNode evaluation, JsonNode inputs, JsonNode reportedScores, JsonNode declaration, JsonNode surveys) {

    /**
     * Decimals stay BigDecimal with their scale (92.30, 1.00), never double, and are written plain: the tree's default
     * node factory would strip 10 to 1E+1, which is no way to send a weight.
     */
    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    public static SeedFixtures load(String dir) {
        return new SeedFixtures(dir, required(dir, "unit.json"), optional(dir, "profile.json"),
                required(dir, "budget.json"), required(dir, "framework.json"), required(dir, "evaluation.json"),
                required(dir, "inputs.json"), optional(dir, "reported-scores.json"), optional(dir, "declaration.json"),
                optional(dir, "surveys.json"));
    }

    public String unitCode() {
        return unit.path("unitCode").asText();
    }

    public String unitName() {
        return unit.path("name").asText();
    }

    public String regionCode() {
        return unit.path("regionCode").asText();
    }

    public int fiscalYear() {
        return evaluation.path("fiscalYear").asInt();
    }

    /** SELF, DEPARTMENT or FINANCE. */
    public String type() {
        return evaluation.path("type").asText();
    }

    public String frameworkCode() {
        return framework.path("code").asText();
    }

    static JsonNode required(String dir, String file) {
        JsonNode node = optional(dir, file);
        if (node == null) {
            throw new IllegalStateException("fixture /seeds/" + dir + "/" + file + " is missing");
        }
        return node;
    }

    static JsonNode optional(String dir, String file) {
        String path = dir.isEmpty() ? "/seeds/" + file : "/seeds/" + dir + "/" + file;
        try (InputStream in = SeedFixtures.class.getResourceAsStream(path)) {
            return in == null ? null : JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("fixture " + path + " is not readable JSON", e);
        }
    }
}
