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
                .body("nodes[1].children[0].parsedTarget.value", equalTo("800"))
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
        given().queryParam("frameworkCode", "fw-b").when().get("/api/v1/frameworks").then().statusCode(200)
                .body("items.size()", equalTo(0)).body("total", equalTo(0));
        given().queryParam("code", "fw-b").when().get("/api/v1/frameworks").then().statusCode(400)
                .body("errors[0].field", equalTo("code")).body("errors[0].code", equalTo("PARAMETER_RENAMED"));
    }

    @Test
    void refusesHugeNamesWithoutStoringAnything() {
        given().contentType(ContentType.JSON)
                .body(SMALL.formatted("fw-c", "2.5", "≥800个").replace("测试指标体系", "名".repeat(1_000_000)))
                .when().post("/api/v1/frameworks").then().statusCode(400).body("errors[0].field", equalTo("name"));
        given().queryParam("frameworkCode", "fw-c").when().get("/api/v1/frameworks").then().statusCode(200)
                .body("items.size()", equalTo(0)).body("total", equalTo(0));
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
        given().queryParam("frameworkCode", code).when().get("/api/v1/frameworks").then().statusCode(200)
                .body("items.size()", equalTo(0)).body("total", equalTo(0));
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

    private static String created(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/frameworks")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void aNewVersionStartsAsADraftCopyWithTheNextNumberAndTheDiffNamesEveryChange() {
        String v1 = created(SMALL.formatted("fw-ver", "2.5", "≥800个"));
        given().when().post("/api/v1/frameworks/" + v1 + "/publish").then().statusCode(200);
        java.util.List<Object> v1Nodes = given().get("/api/v1/frameworks/" + v1).then().extract().path("nodes");

        io.restassured.response.Response copy = given().when().post("/api/v1/frameworks/" + v1 + "/versions");
        String v2 = copy.then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/frameworks/" + copy.path("id")))
                .body("code", equalTo("fw-ver"))
                .body("version", equalTo(2))
                .body("status", equalTo("DRAFT"))
                .body("leafCount", equalTo(3))
                .body("publishedAt", org.hamcrest.Matchers.nullValue())
                .extract().path("id");
        Assertions.assertEquals(v1Nodes, given().get("/api/v1/frameworks/" + v2).then().extract().path("nodes"));
        given().get("/api/v1/frameworks/" + v2 + "/diff?against=" + v1).then().statusCode(200)
                .body("added.size()", equalTo(0)).body("removed.size()", equalTo(0)).body("changed.size()", equalTo(0));

        // the draft is edited: 2.1 gets a new name and target, 2.2 is replaced by 2.3
        given().contentType(ContentType.JSON).body(SMALL.formatted("fw-ver", "2.5", "≥900个")
                        .replace("新增就业岗位", "新增就业岗位数").replace("\"code\":\"2.2\"", "\"code\":\"2.3\""))
                .when().put("/api/v1/frameworks/" + v2).then().statusCode(200);

        given().get("/api/v1/frameworks/" + v2 + "/diff?against=" + v1).then().statusCode(200)
                .body("code", equalTo("fw-ver"))
                .body("from.id", equalTo(v1)).body("from.version", equalTo(1)).body("from.status", equalTo("PUBLISHED"))
                .body("to.id", equalTo(v2)).body("to.version", equalTo(2))
                .body("added.code", equalTo(java.util.List.of("2.3")))
                .body("added[0].fields.parent", equalTo("2"))
                .body("added[0].fields.scoringMethod", equalTo("ZERO_TOLERANCE"))
                .body("removed.code", equalTo(java.util.List.of("2.2")))
                .body("changed.code", equalTo(java.util.List.of("2.1")))
                .body("changed[0].fields.field", equalTo(java.util.List.of("name", "target")))
                .body("changed[0].fields[0].oldValue", equalTo("新增就业岗位"))
                .body("changed[0].fields[0].newValue", equalTo("新增就业岗位数"))
                .body("changed[0].fields[1].oldValue", equalTo("≥800个"))
                .body("changed[0].fields[1].newValue", equalTo("≥900个"));
        // the other way round, what was added is removed
        given().get("/api/v1/frameworks/" + v1 + "/diff?against=" + v2).then().statusCode(200)
                .body("added.code", equalTo(java.util.List.of("2.2")))
                .body("removed.code", equalTo(java.util.List.of("2.3")))
                .body("changed[0].fields[1].newValue", equalTo("≥800个"));
        // the published version never changed
        Assertions.assertEquals(v1Nodes, given().get("/api/v1/frameworks/" + v1).then().extract().path("nodes"));
    }

    @Test
    void aDiffReportsChangedWeightsMethodsAndParametersOldToNew() {
        String v1 = created(SMALL.formatted("fw-diff-w", "2.5", "≥800个"));
        String edited = SMALL.formatted("fw-diff-w", "5", "≥800个").replace("77.5", "75")
                .replace("\"scoringMethod\":\"ZERO_TOLERANCE\"",
                        "\"scoringMethod\":\"DEDUCTION\",\"methodParameters\":{\"deductionPerViolation\":2}");
        String v2 = created(edited);
        given().get("/api/v1/frameworks/" + v2 + "/diff?against=" + v1).then().statusCode(200)
                .body("changed.code", equalTo(java.util.List.of("2.1", "2.2")))
                .body("changed[0].fields.field", equalTo(java.util.List.of("weight")))
                .body("changed[0].fields[0].oldValue", equalTo("2.5"))
                .body("changed[0].fields[0].newValue", equalTo("5"))
                .body("changed[1].fields.field", equalTo(java.util.List.of("weight", "scoringMethod", "methodParameters")))
                .body("changed[1].fields[1].oldValue", equalTo("ZERO_TOLERANCE"))
                .body("changed[1].fields[1].newValue", equalTo("DEDUCTION"))
                .body("changed[1].fields[2].oldValue", org.hamcrest.Matchers.nullValue())
                .body("changed[1].fields[2].newValue.deductionPerViolation", equalTo("2"));
    }

    @Test
    void aDiffNeedsAKnownVersionOfTheSameCodeAsAgainst() {
        String a = created(SMALL.formatted("fw-diff-a", "2.5", "≥800个"));
        String b = created(SMALL.formatted("fw-diff-b", "2.5", "≥800个"));
        String missing = "00000000-0000-4000-8000-00000000abcd";
        given().get("/api/v1/frameworks/" + a + "/diff?against=" + b).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("against")).body("errors[0].code", equalTo("CODE_MISMATCH"));
        given().get("/api/v1/frameworks/" + a + "/diff").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("against"));
        given().get("/api/v1/frameworks/" + a + "/diff?against=v1").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("against"));
        given().get("/api/v1/frameworks/" + a + "/diff?against=" + missing).then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("framework " + missing + " does not exist"));
        given().get("/api/v1/frameworks/" + missing + "/diff?against=" + a).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aNewVersionOfAnUnknownFrameworkIs404AndStoresNothing() {
        int before = given().get("/api/v1/frameworks?size=1").then().extract().path("total");
        given().when().post("/api/v1/frameworks/00000000-0000-4000-8000-00000000beef/versions")
                .then().statusCode(404).contentType("application/problem+json");
        int after = given().get("/api/v1/frameworks?size=1").then().extract().path("total");
        Assertions.assertEquals(before, after);
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
