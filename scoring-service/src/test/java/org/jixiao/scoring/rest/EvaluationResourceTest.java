package org.jixiao.scoring.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jixiao.events.EvaluationFinalized;
import org.jixiao.events.Topics;
import org.jixiao.scoring.DownstreamServices;
import org.jixiao.scoring.service.EvaluationService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvaluationResourceTest {
    private static String evaluationId;

    @Inject
    EvaluationService service;

    @BeforeAll
    static void readNumbersExactly() {
        RestAssured.config = RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static String open(String type) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("unitCode", DownstreamServices.UNIT, "fiscalYear", DownstreamServices.YEAR, "type", type,
                        "frameworkId", DownstreamServices.FRAMEWORK_ID, "evaluatorAgency", EvaluationFixtures.AGENCY,
                        "frontMatter", Map.of("commissionedBy", "武汉东湖新技术开发区财政局")))
                .when().post("/api/v1/evaluations")
                .then().statusCode(201)
                .body("unitName", equalTo("武汉东湖新技术开发区豹澥街道办事处"))
                .body("status", equalTo("DRAFT"))
                .extract().path("id");
    }

    @Test
    @Order(1)
    void opensWithSnapshotsAndScoresWhatIsEntered() {
        evaluationId = open("FINANCE");
        given().queryParam("fiscalYear", DownstreamServices.YEAR).queryParam("size", 500)
                .when().get("/api/v1/evaluations")
                .then().statusCode(200)
                .body("items.id", hasItem(evaluationId))
                .body("items.find { it.id == '" + evaluationId + "' }.status", equalTo("DRAFT"))
                .body("page", equalTo(0)).body("size", equalTo(500))
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        given().when().get("/api/v1/evaluations/" + evaluationId + "/score")
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors.code", hasItem("MISSING_INPUT"));

        given().contentType(ContentType.JSON).body("""
                {"inputs":[
                  {"leafCode":"2.1","state":"VALUE","actual":210},
                  {"leafCode":"2.2","state":"VALUE","actual":0},
                  {"leafCode":"2.3","state":"MANUAL","manualScore":70.00,"reason":"新增床位10张，已建成待验收","actual":10}]}
                """)
                .when().put("/api/v1/evaluations/" + evaluationId + "/inputs")
                .then().statusCode(200)
                .body("result.total", equalTo("92.16"))
                .body("result.grade", equalTo("优"));

        given().when().get("/api/v1/evaluations/" + evaluationId + "/score")
                .then().statusCode(200)
                .body("result.nodes[0].score", equalTo("20.00"))
                .body("result.nodes[1].children[0].score", equalTo("0.66"))
                .body("result.nodes[1].children[0].explanation", org.hamcrest.Matchers.containsString("210"));
        given().when().get("/api/v1/evaluations/" + evaluationId + "/inputs")
                .then().statusCode(200)
                .body("items.size()", equalTo(4))
                .body("total", equalTo(4))
                .body("items.find { it.leafCode == '2.1' }.target", equalTo("≥800个"))
                .body("items.find { it.leafCode == '2.1' }.actual", EvaluationFixtures.decimal("210"))
                .body("items.find { it.leafCode == '1.1' }.state", org.hamcrest.Matchers.nullValue());
        // a page of the leaves, in framework order
        given().queryParam("page", 1).queryParam("size", 3).when().get("/api/v1/evaluations/" + evaluationId + "/inputs")
                .then().statusCode(200)
                .body("items.leafCode", equalTo(List.of("2.3"))).body("page", equalTo(1)).body("size", equalTo(3))
                .body("total", equalTo(4));
    }

    @Test
    @Order(2)
    void badInputsChangeNothing() {
        given().contentType(ContentType.JSON)
                .body("{\"inputs\":[{\"leafCode\":\"2.3\",\"state\":\"MANUAL\",\"manualScore\":99,\"reason\":\"x\"}]}")
                .when().put("/api/v1/evaluations/" + evaluationId + "/inputs")
                .then().statusCode(400).body("errors.code", hasItem("MANUAL_SCORE_ABOVE_WEIGHT"));
        given().contentType(ContentType.JSON)
                .body("{\"inputs\":[{\"leafCode\":\"9.9\",\"state\":\"VALUE\",\"actual\":1}]}")
                .when().put("/api/v1/evaluations/" + evaluationId + "/inputs")
                .then().statusCode(400).body("errors[0].code", equalTo("UNKNOWN_LEAF"));
        given().contentType(ContentType.JSON)
                .body("{\"inputs\":[{\"leafCode\":\"2.1\",\"state\":\"VALUE\",\"actual\":\"many\"}]}")
                .when().put("/api/v1/evaluations/" + evaluationId + "/inputs")
                .then().statusCode(400).body("errors[0].field", equalTo("inputs[0].actual"));
        given().when().get("/api/v1/evaluations/" + evaluationId + "/score")
                .then().statusCode(200).body("result.total", equalTo("92.16"));
    }

    @Test
    @Order(3)
    void workflowAllowsOnlyLegalMovesAndFinalizePublishesACloudEvent() throws Exception {
        String base = "/api/v1/evaluations/" + evaluationId;
        given().when().post(base + "/finalize").then().statusCode(409);
        given().when().post(base + "/approve").then().statusCode(409);
        EvaluationFixtures.asAgency().when().post(base + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        given().contentType(ContentType.JSON).body("{\"reason\":\"\"}").when().post(base + "/return").then().statusCode(400);
        given().when().post(base + "/approve").then().statusCode(200).body("status", equalTo("APPROVED"));
        given().when().post(base + "/finalize").then().statusCode(200)
                .body("status", equalTo("FINALIZED"))
                .body("total", equalTo("92.16"));
        given().contentType(ContentType.JSON)
                .body("{\"inputs\":[{\"leafCode\":\"2.1\",\"state\":\"VALUE\",\"actual\":800}]}")
                .when().put(base + "/inputs").then().statusCode(409);
        given().when().get(base + "/score").then().statusCode(200).body("provisional", equalTo(false));

        ConsumerRecord<String, String> event = awaitEvent(Topics.EVALUATION_FINALIZED, evaluationId);
        assertEquals(DownstreamServices.UNIT, event.key());
        assertEquals("org.jixiao.evaluation.finalized", header(event, "ce_type"));
        assertNotNull(header(event, "ce_id"));
        // the total travels as a decimal string and reads back (as report-service reads it) to the same BigDecimal
        assertTrue(event.value().contains("\"total\":\"92.16\""), event.value());
        EvaluationFinalized data = new ObjectMapper().readValue(event.value(), EvaluationFinalized.class);
        assertEquals(new BigDecimal("92.16"), data.total());
        assertEquals("优", data.grade());
    }

    @Test
    @Order(4)
    void openingRefusesUnknownReferences() {
        given().contentType(ContentType.JSON)
                .body(Map.of("unitCode", DownstreamServices.UNIT, "fiscalYear", 2022, "type", "SELF",
                        "frameworkId", UUID.randomUUID().toString()))
                .when().post("/api/v1/evaluations")
                .then().statusCode(400).body("errors[0].field", equalTo("frameworkId"));
        given().contentType(ContentType.JSON)
                .body(Map.of("unitCode", DownstreamServices.UNIT, "fiscalYear", 2023, "type", "SELF",
                        "frameworkId", DownstreamServices.FRAMEWORK_ID))
                .when().post("/api/v1/evaluations")
                .then().statusCode(400).body("errors[0].code", equalTo("NO_BUDGET"));
        given().contentType(ContentType.JSON)
                .body(Map.of("unitCode", DownstreamServices.UNIT, "fiscalYear", 2022, "type", "FINANCE",
                        "frameworkId", DownstreamServices.FRAMEWORK_ID))
                .when().post("/api/v1/evaluations")
                .then().statusCode(409);
        given().when().get("/api/v1/evaluations/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @Order(5)
    void reopeningAFinalizedEvaluationStartsANewRevisionAndKeepsTheOld() {
        String base = "/api/v1/evaluations/";
        String reopened = given().when().post(base + evaluationId + "/reopen")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString(base))
                .body("revision", equalTo(2))
                .body("status", equalTo("DRAFT"))
                .body("reopenedFrom", equalTo(evaluationId))
                .body("total", equalTo("92.16"))
                .extract().path("id");
        given().when().get(base + reopened + "/inputs")
                .then().statusCode(200)
                .body("items.find { it.leafCode == '2.1' }.actual", EvaluationFixtures.decimal("210"))
                .body("items.find { it.leafCode == '2.3' }.state", equalTo("MANUAL"));
        given().when().get(base + reopened + "/score")
                .then().statusCode(200).body("provisional", equalTo(true)).body("result.total", equalTo("92.16"));

        given().contentType(ContentType.JSON)
                .body("{\"inputs\":[{\"leafCode\":\"2.1\",\"state\":\"VALUE\",\"actual\":800}]}")
                .when().put(base + reopened + "/inputs")
                .then().statusCode(200).body("result.total", equalTo("94.00"));
        given().when().get(base + evaluationId)
                .then().statusCode(200)
                .body("status", equalTo("FINALIZED")).body("revision", equalTo(1))
                .body("total", equalTo("92.16"));
        given().when().get(base + evaluationId + "/score")
                .then().statusCode(200).body("provisional", equalTo(false))
                .body("result.nodes[1].children[0].score", equalTo("0.66"));

        given().when().post(base + evaluationId + "/reopen").then().statusCode(409);
        given().when().post(base + reopened + "/reopen").then().statusCode(409);
        given().when().post(base + UUID.randomUUID() + "/reopen").then().statusCode(404);
    }

    @Test
    @Order(6)
    void refreshingTheSnapshotRereadsTheBudgetOnlyWhileDraft() {
        String id = EvaluationFixtures.open(DownstreamServices.MOVING_BUDGET_REGION + "001", 2022, null);
        int openedWith = given().when().get("/api/v1/evaluations/" + id).then().statusCode(200)
                .body("snapshotStale", equalTo(false)).extract().<Number>path("budgetVersion").intValue();
        assertEquals(1, service.markStale(DownstreamServices.MOVING_BUDGET_REGION + "001", 2022));
        given().when().get("/api/v1/evaluations/" + id).then().body("snapshotStale", equalTo(true));

        int refreshedWith = given().when().post("/api/v1/evaluations/" + id + "/refresh-snapshot")
                .then().statusCode(200)
                .body("snapshotStale", equalTo(false))
                .body("frameworkCode", equalTo("skeleton"))
                .body("metrics.name", hasItem("executionRate"))
                .extract().<Number>path("budgetVersion").intValue();
        org.junit.jupiter.api.Assertions.assertTrue(refreshedWith > openedWith,
                "budget version " + refreshedWith + " should be newer than " + openedWith);

        given().when().post("/api/v1/evaluations/" + evaluationId + "/refresh-snapshot")
                .then().statusCode(409).contentType("application/problem+json");
        given().when().post("/api/v1/evaluations/" + UUID.randomUUID() + "/refresh-snapshot").then().statusCode(404);
    }

    @Test
    @Order(7)
    void surveysFillBoundLeavesAndSelfReportedScoresAreComparedPerNode() {
        String id = EvaluationFixtures.open("420118101", 2022, "SELF", DownstreamServices.SURVEY_FRAMEWORK_ID, null);
        String base = "/api/v1/evaluations/" + id;
        given().when().get(base + "/surveys").then().statusCode(200)
                .body("surveys.size()", equalTo(0))
                .body("boundLeaves.leafCode", equalTo(List.of("3.1", "3.2")))
                .body("boundLeaves.filledFromSurvey", equalTo(List.of(false, false)));

        given().contentType(ContentType.JSON)
                .body("{\"surveys\":[{\"respondentGroup\":\"residents\",\"issued\":40,\"valid\":41,\"satisfied\":42},"
                        + "{\"respondentGroup\":\"residents\",\"issued\":1,\"valid\":1,\"satisfied\":1}]}")
                .when().put(base + "/surveys")
                .then().statusCode(400)
                .body("errors.field", hasItem("surveys[0].valid"))
                .body("errors.field", hasItem("surveys[0].satisfied"))
                .body("errors.field", hasItem("surveys[1].respondentGroup"));
        given().contentType(ContentType.JSON)
                .body("{\"surveys\":[{\"respondentGroup\":\"residents\",\"issued\":-1,\"valid\":0,\"satisfied\":0}]}")
                .when().put(base + "/surveys")
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.containsString("issued"));

        given().contentType(ContentType.JSON)
                .body("{\"surveys\":[{\"respondentGroup\":\"residents\",\"issued\":40,\"valid\":38,\"satisfied\":30},"
                        + "{\"respondentGroup\":\"staff\",\"issued\":44,\"valid\":44,\"satisfied\":41}]}")
                .when().put(base + "/surveys")
                .then().statusCode(200)
                .body("surveys.size()", equalTo(2))
                .body("boundLeaves.filledFromSurvey", equalTo(List.of(true, true)));
        given().contentType(ContentType.JSON).body("""
                {"inputs":[{"leafCode":"2.1","state":"VALUE","actual":210},{"leafCode":"2.2","state":"VALUE","achieved":true}]}
                """)
                .when().put(base + "/inputs").then().statusCode(200)
                .body("result.total", equalTo("98.08"));

        given().contentType(ContentType.JSON).body("{\"byNodeCode\":{\"9\":1,\"1\":25,\"2\":-1},\"total\":100.001}")
                .when().put(base + "/reported-scores")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("byNodeCode[1]", "byNodeCode[2]", "byNodeCode[9]", "total")))
                .body("errors.code", equalTo(List.of("SCORE_ABOVE_WEIGHT", "NEGATIVE_VALUE", "UNKNOWN_NODE",
                        "TOO_MANY_DECIMALS")));
        given().when().get(base + "/reported-scores").then().statusCode(200)
                .body("byNodeCode.size()", equalTo(0)).body("total", org.hamcrest.Matchers.nullValue());

        given().contentType(ContentType.JSON).body("{\"byNodeCode\":{\"1\":20,\"2\":70,\"3\":9.92},\"total\":99.92}")
                .when().put(base + "/reported-scores")
                .then().statusCode(200).body("total", equalTo("99.92"));

        given().when().get(base + "/score")
                .then().statusCode(200)
                .body("result.total", equalTo("98.08"))
                .body("result.nodes[2].children[0].score", equalTo("5.92"))
                .body("result.nodes[2].children[0].explanation", org.hamcrest.Matchers.containsString("30 / 38"))
                .body("result.nodes[1].selfReportedScore", EvaluationFixtures.decimal("70"))
                .body("result.nodes[1].selfScoreDifference", equalTo("1.84"))
                .body("result.flags.findAll { it.code == 'SELF_SCORE_INFLATED' }.nodeCode", equalTo(java.util.Arrays.asList("2", null)))
                .body("result.selfReportedTotal", equalTo("99.92"))
                .body("selfComparison.code", equalTo(java.util.Arrays.asList("1", "2", "3", null)))
                .body("selfComparison[1].difference", equalTo("1.84"))
                .body("selfComparison[1].flag", equalTo("SELF_SCORE_INFLATED"))
                .body("selfComparison[2].flag", org.hamcrest.Matchers.nullValue())
                .body("selfComparison[3].name", equalTo("总分"))
                .body("selfComparison[3].difference", equalTo("1.84"));

        // A value entered by hand wins over the survey binding.
        given().contentType(ContentType.JSON)
                .body("{\"inputs\":[{\"leafCode\":\"3.1\",\"state\":\"VALUE\",\"actual\":80}]}")
                .when().put(base + "/inputs").then().statusCode(200)
                .body("result.total", equalTo("98.16"));
        given().when().get(base + "/surveys").then().statusCode(200)
                .body("boundLeaves.filledFromSurvey", equalTo(List.of(false, true)));
    }

    @Test
    @Order(8)
    void finalizedEvaluationsRefuseReportedScoresAndSurveys() {
        given().contentType(ContentType.JSON).body("{\"total\":90}")
                .when().put("/api/v1/evaluations/" + evaluationId + "/reported-scores").then().statusCode(409);
        given().contentType(ContentType.JSON).body("{\"surveys\":[]}")
                .when().put("/api/v1/evaluations/" + evaluationId + "/surveys").then().statusCode(409);
    }

    @Test
    void frontMatterCarriesOnSiteFindingsAndRefusesBadValues() {
        String id = EvaluationFixtures.open("420119301", 2024, null);
        String base = "/api/v1/evaluations/" + id;
        EvaluationFixtures.asAgency().contentType(ContentType.JSON)
                .body(Map.of("commissionedBy", "平顶山市石龙区财政局", "resultApplicationRate", new BigDecimal("12.5"),
                        "assetInventoryCount", 0, "otherMatters", "无"))
                .when().put(base + "/front-matter").then().statusCode(200)
                .body("frontMatter.commissionedBy", equalTo("平顶山市石龙区财政局"))
                .body("frontMatter.resultApplicationRate", equalTo("12.5"))
                .body("frontMatter.assetInventoryCount", equalTo(0))
                .body("frontMatter.otherMatters", equalTo("无"));
        given().when().get(base).then().statusCode(200).body("frontMatter.assetInventoryCount", equalTo(0));

        given().contentType(ContentType.JSON).body(Map.of("resultApplicationRate", 100.5, "assetInventoryCount", -1))
                .when().put(base + "/front-matter").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("resultApplicationRate")))
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("assetInventoryCount")));
        given().when().get(base).then().body("frontMatter.commissionedBy", equalTo("平顶山市石龙区财政局"));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static ConsumerRecord<String, String> awaitEvent(String topic, String evaluationId) {
        String servers = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value().contains(evaluationId)) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("no " + topic + " event for " + evaluationId + " within 30 s");
    }
}
