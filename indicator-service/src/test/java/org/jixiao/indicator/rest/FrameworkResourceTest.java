package org.jixiao.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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
}
