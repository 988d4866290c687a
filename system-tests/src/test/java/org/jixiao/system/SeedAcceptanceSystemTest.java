package org.jixiao.system;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jixiao.demo.Actor;
import org.jixiao.demo.DemoLoader;
import org.jixiao.demo.LoadedCase;
import org.jixiao.demo.SeedCase;
import org.jixiao.demo.TokenSupplier;
import org.jixiao.testsupport.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The demo's five seed evaluations loaded into the packaged suite exactly as the start command loads them, then held
 * to the seeds' figures: total, grade, the unit's own total, the category table, the flags (findings) and every report
 * format. The expected figures are demo/src/main/resources/seeds/cases.json ({@link SeedCase}); this test types none.
 */
class SeedAcceptanceSystemTest {
    private static final TokenSupplier TOKENS = SharedSuite.TOKENS;
    /** Who reads scores and reports in this test: the finance bureau of the unit's county. */
    private static final String READER_ROLE = Actor.FINANCE_ADMIN;

    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "html", "text/html",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "pdf", "application/pdf",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    /** First bytes of each format: a PDF header, a ZIP (OOXML) container. */
    private static final Map<String, byte[]> MAGIC = Map.of(
            "pdf", "%PDF".getBytes(StandardCharsets.US_ASCII),
            "docx", new byte[] {'P', 'K'},
            "xlsx", new byte[] {'P', 'K'});

    private static SharedSuite suite;
    private static final Map<String, LoadedCase> LOADED = new HashMap<>();

    @BeforeAll
    static void startTheSuiteAndLoadTheSeeds() {
        suite = SharedSuite.get();
        RestAssured.baseURI = suite.gatewayUrl();
        RestAssured.config = RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        LOADED.putAll(suite.loaded);
    }

    static Stream<String> cases() {
        return SeedCase.all().stream().map(SeedCase::dir);
    }

    private static SeedCase seed(String dir) {
        return SeedCase.all().stream().filter(c -> c.dir().equals(dir)).findFirst().orElseThrow();
    }

    private static LoadedCase loaded(String dir) {
        LoadedCase loaded = LOADED.get(dir);
        assertNotNull(loaded, dir + " was not loaded");
        return loaded;
    }

    /** A request as the case's finance bureau, with its token when the suite checks tokens. */
    private static RequestSpecification asReader(String dir) {
        String region = seed(dir).fixtures().regionCode();
        String token = TOKENS.token(new Actor(READER_ROLE, region.substring(0, 6), null));
        RequestSpecification request = RestAssured.given();
        return token == null || token.isBlank() ? request : request.header("Authorization", "Bearer " + token);
    }

    private static JsonPath score(String dir) {
        return asReader(dir).when().get("/api/v1/evaluations/" + loaded(dir).evaluationId() + "/score")
                .then().statusCode(200).extract().jsonPath();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void totalGradeAndSelfReportedTotalAreTheSeeds(String dir) {
        SeedCase.Expected expected = seed(dir).expected();
        JsonPath score = score(dir);
        assertEquals("FINALIZED", score.getString("status"), dir);
        assertFalse(score.getBoolean("provisional"), dir + ": the locked final score");
        assertSame(expected.total(), score.get("result.total"), dir + " total");
        assertEquals(expected.grade(), score.getString("result.grade"), dir + " grade");
        assertSame(expected.selfReportedTotal(), score.get("result.selfReportedTotal"), dir + " self-reported total");

        LoadedCase loaded = loaded(dir);
        assertSame(expected.total(), loaded.total(), dir + " total as the loader prints it");
        assertEquals(expected.grade(), loaded.grade(), dir);
        assertSame(expected.selfReportedTotal(), loaded.selfReportedTotal(), dir);
        assertEquals(expected.selfReportedGrade(), loaded.selfReportedGrade(), dir + " grade of the self-reported total");
        assertEquals(seed(dir).fixtures().type(), loaded.type(), dir);
        assertEquals(seed(dir).fixtures().fiscalYear(), loaded.fiscalYear(), dir);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void categoryTableIsTheSeeds(String dir) {
        List<SeedCase.Category> expected = seed(dir).expected().categories();
        JsonPath score = score(dir);
        List<Map<String, Object>> nodes = score.getList("result.nodes");
        assertEquals(expected.size(), nodes.size(), dir + ": " + nodes);
        for (int i = 0; i < expected.size(); i++) {
            SeedCase.Category row = expected.get(i);
            String at = "result.nodes[" + i + "].";
            assertEquals(row.code(), score.getString(at + "code"), dir);
            assertEquals(row.name(), score.getString(at + "name"), dir + " " + row.code());
            assertSame(row.weight(), score.get(at + "weight"), dir + " " + row.code() + " weight");
            assertSame(row.score(), score.get(at + "score"), dir + " " + row.code() + " score");
            assertSame(row.scoreRate(), score.get(at + "scoreRate"), dir + " " + row.code() + " scoreRate");
            if (row.selfReportedScore() != null) {
                assertSame(row.selfReportedScore(), score.get(at + "selfReportedScore"), dir + " " + row.code() + " self");
            }
        }
        assertEquals(expected.size(), loaded(dir).categories().size(), dir + ": the loader's copy of the table");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void flagsAreExactlyTheFindingsTheSeedsShow(String dir) {
        JsonPath score = score(dir);
        List<Map<String, Object>> flags = score.getList("result.flags");
        List<String> actual = new ArrayList<>();
        for (Map<String, Object> flag : flags) {
            actual.add(flag.get("code") + "@" + flag.get("nodeCode"));
        }
        List<String> expected = seed(dir).expected().flags().stream().map(f -> f.code() + "@" + f.nodeCode()).toList();
        assertEquals(expected, actual, dir + ": " + flags);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void budgetMetricsInTheSnapshotAreTheSeeds(String dir) {
        SeedCase.Expected expected = seed(dir).expected();
        JsonPath evaluation = asReader(dir).when().get("/api/v1/evaluations/" + loaded(dir).evaluationId())
                .then().statusCode(200).extract().jsonPath();
        for (Map.Entry<String, BigDecimal> metric : expected.metrics().entrySet()) {
            assertSame(metric.getValue(), evaluation.get("metrics.find { it.name == '" + metric.getKey() + "' }.value"),
                    dir + " " + metric.getKey());
        }
        if (expected.finalAccountsIncomplete() != null) {
            assertEquals(expected.finalAccountsIncomplete(), evaluation.getBoolean("finalAccountsIncomplete"), dir);
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyReportFormatDownloads(String dir) {
        LoadedCase loaded = loaded(dir);
        assertNotNull(loaded.reportId(), dir + ": no report within the loader's wait");
        List<Object> reports = asReader(dir).queryParam("evaluationId", loaded.evaluationId())
                .when().get("/api/v1/reports").then().statusCode(200).extract().path("items");
        assertEquals(1, reports.size(), dir + ": exactly one report per finalized evaluation");
        assertEquals(DemoLoader.FORMATS, List.copyOf(loaded.documents().keySet()));
        for (Map.Entry<String, URI> document : loaded.documents().entrySet()) {
            String format = document.getKey();
            Response response = asReader(dir).when().get(document.getValue());
            assertEquals(200, response.statusCode(), dir + " " + format + ": " + response.asString());
            assertTrue(response.contentType().startsWith(CONTENT_TYPES.get(format)),
                    dir + " " + format + " Content-Type " + response.contentType());
            byte[] body = response.asByteArray();
            assertTrue(body.length > 0, dir + " " + format + " is empty");
            byte[] magic = MAGIC.get(format);
            if (magic != null) {
                assertArrayEquals(magic, Arrays.copyOf(body, magic.length), dir + " " + format + " signature");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void htmlReportNamesTheUnitTheFiguresAndTheFindings(String dir) {
        URI html = loaded(dir).documents().get("html");
        assertNotNull(html, dir + ": no report");
        // Decoded as UTF-8 whatever charset the Content-Type names or omits.
        String page = new String(asReader(dir).when().get(html).then().statusCode(200).extract().asByteArray(),
                StandardCharsets.UTF_8);
        for (String mention : seed(dir).expected().reportMentions()) {
            assertTrue(page.contains(mention), dir + ": the report does not mention “" + mention + "”");
        }
    }

    @Test
    void loadingAgainChangesNothing() {
        // through the same validating proxy as the first load, so that the documents' URLs compare equal
        List<LoadedCase> again = DemoLoader.load(suite.proxy.uri(), TOKENS);
        assertEquals(LOADED.size(), again.size());
        for (LoadedCase c : again) {
            assertEquals(LOADED.get(c.dir()), c, c.dir() + ": same evaluation, score and report as the first load");
            List<Object> reports = asReader(c.dir()).queryParam("evaluationId", c.evaluationId())
                    .when().get("/api/v1/reports").then().statusCode(200).extract().path("items");
            assertEquals(1, reports.size(), c.dir() + ": no second report");
            List<Map<String, Object>> evaluations = asReader(c.dir())
                    .queryParam("regionCode", seed(c.dir()).fixtures().regionCode())
                    .queryParam("fiscalYear", c.fiscalYear())
                    .when().get("/api/v1/evaluations").then().statusCode(200).extract().jsonPath().getList("items");
            assertEquals(1, evaluations.stream().filter(e -> c.unitCode().equals(e.get("unitCode"))).count(),
                    c.dir() + ": no second evaluation");
        }
    }

    /** Equal as amounts (92.3 = 92.30); both absent also counts as equal. */
    private static void assertSame(BigDecimal expected, Object actual, String message) {
        if (expected == null) {
            assertNull(actual, message);
            return;
        }
        assertNotNull(actual, message);
        BigDecimal value = actual instanceof BigDecimal b ? b : new BigDecimal(actual.toString());
        assertEquals(0, expected.compareTo(value), message + ": expected " + expected.toPlainString() + " but was "
                + value.toPlainString());
    }
}
