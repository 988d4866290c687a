package org.jixiao.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.demo.LoadedCase;
import org.jixiao.testsupport.OpenApiLint;
import org.jixiao.testsupport.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API contract as integrators meet it at the gateway (docs/api.md): the documents keep the lint rules, are the
 * ones the clients were generated from, name each schema once across the suite, and every answer of the seed demo
 * and of the ordinary reads a dashboard makes matches them, as a validating proxy would check.
 */
class ContractSystemTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SharedSuite shared;

    @BeforeAll
    static void suite() {
        shared = SharedSuite.get();
    }

    @Test
    void servedDocumentsKeepTheLintRulesAndAreTheOnesTheClientsWereGeneratedFrom() throws IOException {
        for (Map.Entry<String, String> document : shared.documents.entrySet()) {
            assertEquals(List.of(), OpenApiLint.violations(document.getValue()), document.getKey());
            Path stored = Path.of("..", document.getKey() + "-service", "target", "openapi", "openapi.json");
            assertEquals(JSON.readTree(Files.readString(stored)), JSON.readTree(document.getValue()),
                    document.getKey() + ": the served document differs from the one written at build time");
        }
    }

    @Test
    void aSchemaNameMeansOneThingAcrossTheSuite() throws IOException {
        Map<String, JsonNode> seen = new HashMap<>();
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Map.Entry<String, String> document : shared.documents.entrySet()) {
            JSON.readTree(document.getValue()).path("components").path("schemas").fields().forEachRemaining(schema -> {
                JsonNode earlier = seen.putIfAbsent(schema.getKey(), schema.getValue());
                if (earlier != null && !earlier.equals(schema.getValue())) {
                    clashes.add(schema.getKey() + " in " + owner.get(schema.getKey()) + " and " + document.getKey());
                }
                owner.putIfAbsent(schema.getKey(), document.getKey());
            });
        }
        assertEquals(List.of(), clashes);
    }

    @Test
    void everyAnswerOfTheDemoAndOfADashboardsReadsMatchesTheDocuments() {
        String proxy = shared.proxy.uri().toString();
        String viewer = Tokens.of(Tokens.VIEWER, "CN", null);
        for (LoadedCase loaded : shared.cases()) {
            for (String path : List.of("/api/v1/units/" + loaded.unitCode(),
                    "/api/v1/budgets/" + loaded.unitCode() + "/" + loaded.fiscalYear(),
                    "/api/v1/budgets/" + loaded.unitCode() + "/" + loaded.fiscalYear() + "/metrics",
                    "/api/v1/budgets/" + loaded.unitCode() + "/" + loaded.fiscalYear() + "/history",
                    "/api/v1/budgets/" + loaded.unitCode() + "/" + loaded.fiscalYear() + "/details",
                    "/api/v1/evaluations/" + loaded.evaluationId(),
                    "/api/v1/evaluations/" + loaded.evaluationId() + "/score",
                    "/api/v1/evaluations/" + loaded.evaluationId() + "/inputs",
                    "/api/v1/evaluations/" + loaded.evaluationId() + "/surveys",
                    "/api/v1/evaluations/" + loaded.evaluationId() + "/reported-scores",
                    "/api/v1/reports/" + loaded.reportId())) {
                given().baseUri(proxy).auth().oauth2(viewer).when().get(path);
            }
        }
        for (String list : List.of("/api/v1/units", "/api/v1/evaluations", "/api/v1/reports", "/api/v1/frameworks",
                "/api/v1/declarations", "/api/v1/library", "/api/v1/grade-schemes", "/api/v1/findings-rules",
                "/api/v1/budgets/aggregates?fiscalYear=2022", "/api/v1/analytics/ranking?fiscalYear=2022",
                "/api/v1/analytics/grade-distribution?fiscalYear=2022", "/api/v1/units?size=2&page=1",
                // and answers that are problems: a bad parameter, no token, an unknown evaluation
                "/api/v1/units?size=0", "/api/v1/evaluations/00000000-0000-7000-8000-000000000000")) {
            given().baseUri(proxy).auth().oauth2(viewer).when().get(list);
        }
        given().baseUri(proxy).when().get("/api/v1/units");
        int demoCalls = shared.proxy.calls().size();
        assertTrue(demoCalls > 100, "the demo and the reads went through the proxy: " + demoCalls + " calls");
        assertEquals(List.of(), shared.proxy.violations(), "answers that break the documents");
    }
}
