package org.jixiao.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.jixiao.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** The audit trail of indicator-service as a finance-admin reads it at /api/v1/audit/indicator. */
@QuarkusTest
class AuditResourceTest {
    private static final String AUDIT = "/api/v1/audit/indicator";
    private static final String FRAMEWORK = """
            {"code":"audit-fw","name":"审计测试指标体系","nodes":[
              {"code":"1","name":"预算执行","level":1,"weight":20,"category":"BUDGET_EXECUTION","children":[
                {"code":"1.1","name":"预算执行率","level":2,"weight":20,"scoringMethod":"EXECUTION_RATE","target":"100%",
                 "scoringRule":"执行率×分值","dataBinding":"budget:executionRate"}]},
              {"code":"2","name":"产出","level":1,"weight":80,"category":"OUTPUT","children":[
                {"code":"2.1","name":"各类安全生产事故","level":2,"weight":80,"scoringMethod":"ZERO_TOLERANCE","target":"0起",
                 "scoringRule":"发生即不得分"}]}]}
            """;

    @Test
    void aRegionalFrameworkIsRecordedForItsRegionOnly() {
        String admin = Tokens.claims(Tokens.FINANCE_ADMIN, "6202", null).subject("zhao.liu@czj.6202").sign();
        String id = given().auth().oauth2(admin).header("X-Request-Id", "audit-fw-create")
                .contentType(ContentType.JSON).body(FRAMEWORK)
                .when().post("/api/v1/frameworks")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(admin).when().post("/api/v1/frameworks/" + id + "/publish").then().statusCode(200);

        given().auth().oauth2(Tokens.of(Tokens.FINANCE_ADMIN, "62", null))
                .queryParam("resourceType", "Framework").queryParam("resourceId", id)
                .when().get(AUDIT)
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.action", contains("PUBLISH", "CREATE"))
                .body("items.subject", everyItem(equalTo("zhao.liu@czj.6202")))
                .body("items.regionCode", everyItem(equalTo("6202")))
                .body("items[1].requestId", equalTo("audit-fw-create"))
                .body("items[0].summary", containsString("DRAFT -> PUBLISHED"));
        given().auth().oauth2(Tokens.of(Tokens.FINANCE_ADMIN, "1101", null)).queryParam("resourceId", id)
                .when().get(AUDIT)
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(Tokens.of(Tokens.VIEWER, "6202", null)).when().get(AUDIT)
                .then().statusCode(403).contentType("application/problem+json");
    }
}
