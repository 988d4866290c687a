package org.jixiao.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.LogConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jixiao.commons.outbox.OutboxMessage;
import org.jixiao.events.Topics;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FrameworkResourceTest {
    static final String SMALL = """
            {"code":"%s","name":"测试指标体系","nodes":[
              {"code":"1","name":"预算执行","level":1,"weight":20,"category":"BUDGET_EXECUTION","children":[
                {"code":"1.1","name":"预算执行率","level":2,"weight":20,"scoringMethod":"EXECUTION_RATE","target":"100%%",
                 "scoringRule":"执行率×分值","dataBinding":"budget:executionRate"}]},
              {"code":"2","name":"产出","level":1,"weight":80,"category":"OUTPUT","children":[
                {"code":"2.1","name":"新增就业岗位","level":2,"weight":%s,"scoringMethod":"RATIO_AT_LEAST","target":"%s",
                 "scoringRule":"按完成比例计分"},
                {"code":"2.2","name":"各类安全生产事故","level":2,"weight":77.5,"scoringMethod":"ZERO_TOLERANCE","target":"0起",
                 "scoringRule":"发生即不得分"}]}]}
            """;

    @Test
    void createsParsesAndPublishesAVersionThatThenNeverChanges() {
        String id = given().contentType(ContentType.JSON).body(SMALL.formatted("fw-a", "2.5", "≥800个"))
                .when().post("/api/v1/frameworks")
                .then().statusCode(201)
                .body("version", equalTo(1))
                .body("status", equalTo("DRAFT"))
                .body("leafCount", equalTo(3))
                .body("nodes[1].children[0].parsedTarget.value", equalTo(800))
                .extract().path("id");
        given().when().post("/api/v1/frameworks/" + id + "/publish").then().statusCode(200).body("status", equalTo("PUBLISHED"));
        given().when().post("/api/v1/frameworks/" + id + "/publish").then().statusCode(409);
        given().contentType(ContentType.JSON).body(SMALL.formatted("fw-a", "2.5", "≥800个"))
                .when().put("/api/v1/frameworks/" + id).then().statusCode(409);
        given().contentType(ContentType.JSON).body(SMALL.formatted("fw-a", "2.5", "≥900个"))
                .when().post("/api/v1/frameworks").then().statusCode(201).body("version", equalTo(2));
    }

    @Test
    void refusesWeightsThatDoNotSumAndUnparseableTargetsWhole() {
        given().contentType(ContentType.JSON).body(SMALL.formatted("fw-b", "3", "≥800个"))
                .when().post("/api/v1/frameworks")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.code", hasItem("WEIGHT_SUM_MISMATCH"));
        given().contentType(ContentType.JSON).body(SMALL.formatted("fw-b", "2.5", "约80%"))
                .when().post("/api/v1/frameworks")
                .then().statusCode(400).body("errors.field", hasItem("nodes[1].children[0].target"));
        given().queryParam("code", "fw-b").when().get("/api/v1/frameworks").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void refusesHugeNamesWithoutStoringAnything() {
        given().contentType(ContentType.JSON)
                .body(SMALL.formatted("fw-c", "2.5", "≥800个").replace("测试指标体系", "名".repeat(1_000_000)))
                .when().post("/api/v1/frameworks").then().statusCode(400).body("errors[0].field", equalTo("name"));
        given().queryParam("code", "fw-c").when().get("/api/v1/frameworks").then().statusCode(200).body("size()", equalTo(0));
    }

    @TestHTTPResource("/api/v1/frameworks")
    URI frameworksUri;

    /**
     * Quarkus turns on REST Assured's "log request and response if validation fails", which pretty-prints every
     * request body into a buffer even when nothing fails; Groovy's pretty printer needs quadratic memory on a deeply
     * nested body and killed the test JVM with "Java heap space". Huge bodies are sent without it.
     */
    private static RestAssuredConfig withoutBodyLogging() {
        return RestAssured.config().logConfig(LogConfig.logConfig());
    }

    private static String chain(String code, int depth) {
        StringBuilder body = new StringBuilder("{\"code\":\"" + code + "\",\"name\":\"深层\",\"nodes\":[");
        for (int i = 0; i < depth; i++) {
            body.append("{\"code\":\"n").append(i).append("\",\"name\":\"n\",\"level\":").append(i + 1)
                    .append(",\"weight\":100,\"children\":[");
        }
        body.append("{}");
        body.append("]}".repeat(depth));
        return body.append("]}").toString();
    }

    private static void nothingStored(String code) {
        given().queryParam("code", code).when().get("/api/v1/frameworks").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void publishingEnqueuesFrameworkPublished() {
        String id = given().contentType(ContentType.JSON).body(SMALL.formatted("fw-event", "2.5", "≥800个"))
                .when().post("/api/v1/frameworks").then().statusCode(201).extract().path("id");
        Assertions.assertEquals(0, OutboxMessage.count("subject", "frameworks/" + id));
        given().when().post("/api/v1/frameworks/" + id + "/publish").then().statusCode(200);
        Assertions.assertEquals(1, OutboxMessage.count("topic = ?1 and subject = ?2 and messageKey = ?3",
                Topics.FRAMEWORK_PUBLISHED, "frameworks/" + id, "fw-event"));
    }

    @Test
    void refusesA2000DeepChainQuicklyNamingWhereItStopped() {
        given().config(withoutBodyLogging()).contentType(ContentType.JSON).body(chain("fw-deep", 2_000))
                .when().post("/api/v1/frameworks")
                .then().statusCode(400).contentType("application/problem+json")
                .time(lessThan(15_000L))
                .body("errors[0].field", startsWith("nodes[0].children[0].children[0]"));
        nothingStored("fw-deep");
    }

    @Test
    void refusesA10000DeepChain() {
        given().config(withoutBodyLogging()).contentType(ContentType.JSON).body(chain("fw-deeper", 10_000))
                .when().post("/api/v1/frameworks")
                .then().statusCode(400).contentType("application/problem+json");
        nothingStored("fw-deeper");
    }

    @Test
    void refusesATreeDeeperThanTheShapeLimitThatJsonStillAccepts() {
        given().contentType(ContentType.JSON).body(chain("fw-deep-ish", 12))
                .when().post("/api/v1/frameworks")
                .then().statusCode(400).body("errors.code", hasItem("DEPTH_EXCEEDED"));
        nothingStored("fw-deep-ish");
    }

    @Test
    void refuses100000SiblingsWithoutValidatingEachOne() {
        String siblings = "{\"name\":\"x\"},".repeat(100_000);
        String wide = "{\"code\":\"fw-wide\",\"name\":\"宽\",\"nodes\":[{\"code\":\"a\",\"name\":\"a\",\"level\":1,"
                + "\"weight\":100,\"children\":[" + siblings + "{}]}]}";
        given().config(withoutBodyLogging()).contentType(ContentType.JSON).body(wide)
                .when().post("/api/v1/frameworks")
                .then().statusCode(400).time(lessThan(15_000L))
                .body("errors[0].field", equalTo("nodes[0].children"))
                .body("errors[0].code", equalTo("FRAMEWORK_TOO_LARGE"));
        String topLevel = "{\"code\":\"fw-wide\",\"name\":\"宽\",\"nodes\":[" + siblings + "{}]}";
        given().config(withoutBodyLogging()).contentType(ContentType.JSON).body(topLevel)
                .when().post("/api/v1/frameworks")
                .then().statusCode(400).body("errors[0].field", equalTo("nodes"));
        nothingStored("fw-wide");
    }

    @Test
    void refusesManyBadLeavesWithABoundedList() {
        StringBuilder leaves = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            leaves.append("{\"code\":\"l").append(i).append("\",\"name\":\"l\",\"level\":2,\"weight\":0.02,")
                    .append("\"scoringMethod\":\"RATIO_AT_LEAST\",\"target\":\"约80%\"},");
        }
        leaves.setLength(leaves.length() - 1);
        String body = "{\"code\":\"fw-bad\",\"name\":\"坏\",\"nodes\":[{\"code\":\"a\",\"name\":\"a\",\"level\":1,"
                + "\"weight\":100,\"children\":[" + leaves + "]}]}";
        given().config(withoutBodyLogging()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/frameworks")
                .then().statusCode(400).body("errors.size()", equalTo(101))
                .body("errors[100].code", equalTo("TOO_MANY_ERRORS"));
        nothingStored("fw-bad");
    }

    @Test
    void refusesA10MegabyteBodyBeforeReadingIt() throws Exception {
        String huge = SMALL.formatted("fw-huge", "2.5", "≥800个").replace("测试指标体系", "x".repeat(10 * 1024 * 1024));
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build().send(
                HttpRequest.newBuilder(frameworksUri).timeout(Duration.ofSeconds(30)).expectContinue(true)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(huge)).build(),
                HttpResponse.BodyHandlers.ofString());
        Assertions.assertEquals(413, response.statusCode());
        nothingStored("fw-huge");
    }

    @Test
    void refusesNullNodesAsABadRequest() {
        given().contentType(ContentType.JSON).body("{\"code\":\"fw-null\",\"name\":\"空\",\"nodes\":[{\"code\":\"a\","
                + "\"name\":\"a\",\"level\":1,\"weight\":100,\"children\":[null]}]}")
                .when().post("/api/v1/frameworks")
                .then().statusCode(400).body("errors[0].field", equalTo("nodes[0].children[0]"));
        nothingStored("fw-null");
    }
}
