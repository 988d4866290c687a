package org.jixiao.report.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.jixiao.testsupport.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditResourceTest {

    @Test
    void findingsRuleChangesAreRecordedWithWhoAndAreReadableByFinanceAdminsOnly() {
        String admin = Tokens.of(Tokens.FINANCE_ADMIN, "6202", null);
        given().auth().oauth2(admin).header("X-Request-Id", "audit-report-1").contentType(ContentType.JSON).body("""
                {"id":"audit-low-execution","condition":"executionRate < 80%","severity":"LOW","findingTemplate":"执行率偏低"}
                """).when().post("/api/v1/findings-rules").then().statusCode(201);

        given().auth().oauth2(admin)
                .queryParam("resourceType", "FindingsRule").queryParam("resourceId", "audit-low-execution")
                .when().get("/api/v1/audit/report")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].action", equalTo("CREATE"))
                .body("items[0].subject", equalTo("finance-admin@6202"))
                .body("items[0].requestId", equalTo("audit-report-1"));
        given().auth().oauth2(Tokens.of(Tokens.FINANCE_ADMIN, "11", null))
                .queryParam("resourceId", "audit-low-execution")
                .when().get("/api/v1/audit/report").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(Tokens.of(Tokens.VIEWER, "6202", null))
                .when().get("/api/v1/audit/report").then().statusCode(403)
                .body("status", equalTo(403));
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.keySet()", hasItem("/api/v1/audit/report"));
    }
}
