package org.jixiao.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jixiao.testsupport.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Drives the walking skeleton through the gateway of the packaged suite, every hop real, Kafka included, with each
 * actor's own token: the finance bureau (region 62) commissions and finalizes, the agency's evaluator scores.
 */
class WalkingSkeletonSystemTest {
    private static final String FRAMEWORK = """
            {"code":"%s","name":"系统测试指标体系","nodes":[
              {"code":"1","name":"预算执行","level":1,"weight":20,"category":"BUDGET_EXECUTION","children":[
                {"code":"1.1","name":"预算执行率","level":2,"weight":20,"scoringMethod":"EXECUTION_RATE","target":"100%%",
                 "scoringRule":"执行率×分值","dataBinding":"budget:executionRate"}]},
              {"code":"2","name":"产出","level":1,"weight":80,"category":"OUTPUT","children":[
                {"code":"2.1","name":"新增就业岗位","level":2,"weight":2.5,"scoringMethod":"RATIO_AT_LEAST","target":"≥800个",
                 "scoringRule":"按完成比例计分"},
                {"code":"2.2","name":"各类安全生产事故","level":2,"weight":77.5,"scoringMethod":"ZERO_TOLERANCE","target":"0起",
                 "scoringRule":"发生即不得分"}]}]}
            """;
    private static final Duration REPORT_TIMEOUT = Duration.ofSeconds(90);
    /** The evaluation agency the finance bureau commissions; its evaluators carry this code as their unit claim. */
    private static final String AGENCY = "GS-JINYITONG";

    private static RunningSuite suite;

    @BeforeAll
    static void startSuite() {
        suite = SharedSuite.get().suite;
        RestAssured.baseURI = suite.gatewayUrl();
        Tokens.sendByDefault(Tokens.of(Tokens.FINANCE_ADMIN, "62", null));
        RestAssured.config = RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }


    @Test
    void aFinalizedEvaluationBecomesAReportWithoutAnyoneAsking() {
        String unit = newUnit("钢城街道办事处");
        String evaluationId = finalizedEvaluation(unit);

        Map<String, Object> report = awaitSingleReport(evaluationId);
        given().when().get("/api/v1/reports/" + report.get("id") + "/documents/html")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("钢城街道办事处"))
                .body(containsString("98.16"))
                .body(containsString("优"));
    }

    @Test
    void aReportServiceOutageLosesNoReportAndDuplicatesNone() {
        String unit = newUnit("高庄街道办事处");
        suite.stop("report");
        String evaluationId = finalizedEvaluation(unit);
        RunningSuite.sleep(2000);
        suite.start("report");
        suite.awaitReady("report");

        awaitSingleReport(evaluationId);
        RunningSuite.sleep(3000);
        List<Object> reports = given().queryParam("evaluationId", evaluationId).when().get("/api/v1/reports")
                .then().statusCode(200).extract().path("items");
        assertEquals(1, reports.size(), "exactly one report after redelivery");
    }

    @Test
    void theGatewayCarriesRequestIdsAndAnswersProblems() {
        given().header("X-Request-Id", "sys-test-42").when().get("/api/v1/units/NO-SUCH-UNIT")
                .then().statusCode(404)
                .header("X-Request-Id", "sys-test-42")
                .contentType("application/problem+json")
                .body("requestId", equalTo("sys-test-42"));
        given().when().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/q/health/ready").then().statusCode(200);
        given().auth().oauth2(Tokens.withForgedRegion(Tokens.of(Tokens.FINANCE_ADMIN, "62", null), "CN"))
                .when().get("/api/v1/units").then().statusCode(401).contentType("application/problem+json");
    }

    private static String newUnit(String name) {
        String code = "SYS" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON)
                .body(Map.of("unitCode", code, "name", name, "type", "SUB_DISTRICT_OFFICE", "regionCode", "620201001"))
                .when().post("/api/v1/units").then().statusCode(201).header("X-Request-Id", notNullValue());
        given().contentType(ContentType.JSON)
                .body(Map.of("amountUnit", "TEN_THOUSAND_YUAN", "initialBudget", "13581.29",
                        "adjustedBudget", "13581.29", "actualExpenditure", "13581.29"))
                .when().put("/api/v1/budgets/" + code + "/2022").then().statusCode(200);
        return code;
    }

    private static String finalizedEvaluation(String unit) {
        String frameworkId = given().contentType(ContentType.JSON).body(FRAMEWORK.formatted("sys-" + unit))
                .when().post("/api/v1/frameworks").then().statusCode(201).extract().path("id");
        given().when().post("/api/v1/frameworks/" + frameworkId + "/publish").then().statusCode(200);

        String evaluationId = given().contentType(ContentType.JSON)
                .body(Map.of("unitCode", unit, "fiscalYear", 2022, "type", "FINANCE", "frameworkId", frameworkId,
                        "evaluatorAgency", AGENCY))
                .when().post("/api/v1/evaluations").then().statusCode(201)
                .body("metrics.find { it.name == 'executionRate' }.value", equalTo("100.00"))
                .extract().path("id");
        String base = "/api/v1/evaluations/" + evaluationId;
        String evaluator = Tokens.of(Tokens.EVALUATOR, "62", AGENCY);
        given().auth().oauth2(evaluator).contentType(ContentType.JSON).body("""
                {"inputs":[{"leafCode":"2.1","state":"VALUE","actual":210},{"leafCode":"2.2","state":"VALUE","actual":0}]}
                """).when().put(base + "/inputs").then().statusCode(200)
                .body("result.total", equalTo("98.16"));
        given().when().post(base + "/submit").then().statusCode(403);
        given().auth().oauth2(evaluator).when().post(base + "/submit").then().statusCode(200);
        given().auth().oauth2(evaluator).when().post(base + "/approve").then().statusCode(403);
        given().when().post(base + "/approve").then().statusCode(200);
        given().when().post(base + "/finalize").then().statusCode(200).body("grade", equalTo("优"));
        return evaluationId;
    }

    private static Map<String, Object> awaitSingleReport(String evaluationId) {
        long deadline = System.nanoTime() + REPORT_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            List<Map<String, Object>> items = given().queryParam("evaluationId", evaluationId)
                    .when().get("/api/v1/reports").then().statusCode(200).extract().path("items");
            if (!items.isEmpty()) {
                assertEquals(1, items.size());
                return items.get(0);
            }
            RunningSuite.sleep(500);
        }
        throw new AssertionError("no report for evaluation " + evaluationId + " within " + REPORT_TIMEOUT);
    }
}
