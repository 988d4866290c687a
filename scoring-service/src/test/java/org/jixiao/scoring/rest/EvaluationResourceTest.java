package org.jixiao.scoring.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
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
import org.jixiao.events.Topics;
import org.jixiao.scoring.DownstreamServices;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvaluationResourceTest {
    private static String evaluationId;

    @BeforeAll
    static void readNumbersExactly() {
        RestAssured.config = RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static String open(String type) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("unitCode", DownstreamServices.UNIT, "fiscalYear", DownstreamServices.YEAR, "type", type,
                        "frameworkId", DownstreamServices.FRAMEWORK_ID,
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
                .body("result.total", equalTo(new BigDecimal("92.16")))
                .body("result.grade", equalTo("优"));

        given().when().get("/api/v1/evaluations/" + evaluationId + "/score")
                .then().statusCode(200)
                .body("result.nodes[0].score", equalTo(new BigDecimal("20.00")))
                .body("result.nodes[1].children[0].score", equalTo(new BigDecimal("0.66")))
                .body("result.nodes[1].children[0].explanation", org.hamcrest.Matchers.containsString("210"));
        given().when().get("/api/v1/evaluations/" + evaluationId + "/inputs")
                .then().statusCode(200)
                .body("size()", equalTo(4))
                .body("find { it.leafCode == '2.1' }.target", equalTo("≥800个"))
                .body("find { it.leafCode == '2.1' }.actual", equalTo(new BigDecimal("210")))
                .body("find { it.leafCode == '1.1' }.state", org.hamcrest.Matchers.nullValue());
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
                .then().statusCode(200).body("result.total", equalTo(new BigDecimal("92.16")));
    }

    @Test
    @Order(3)
    void workflowAllowsOnlyLegalMovesAndFinalizePublishesACloudEvent() {
        String base = "/api/v1/evaluations/" + evaluationId;
        given().when().post(base + "/finalize").then().statusCode(409);
        given().when().post(base + "/approve").then().statusCode(409);
        given().when().post(base + "/submit").then().statusCode(200).body("status", equalTo("SUBMITTED"));
        given().contentType(ContentType.JSON).body("{\"reason\":\"\"}").when().post(base + "/return").then().statusCode(400);
        given().when().post(base + "/approve").then().statusCode(200).body("status", equalTo("APPROVED"));
        given().when().post(base + "/finalize").then().statusCode(200)
                .body("status", equalTo("FINALIZED"))
                .body("total", equalTo(new BigDecimal("92.16")));
        given().contentType(ContentType.JSON)
                .body("{\"inputs\":[{\"leafCode\":\"2.1\",\"state\":\"VALUE\",\"actual\":800}]}")
                .when().put(base + "/inputs").then().statusCode(409);
        given().when().get(base + "/score").then().statusCode(200).body("provisional", equalTo(false));

        ConsumerRecord<String, String> event = awaitEvent(Topics.EVALUATION_FINALIZED, evaluationId);
        assertEquals(DownstreamServices.UNIT, event.key());
        assertEquals("org.jixiao.evaluation.finalized", header(event, "ce_type"));
        assertNotNull(header(event, "ce_id"));
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
