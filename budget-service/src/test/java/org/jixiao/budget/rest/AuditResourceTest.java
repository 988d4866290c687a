package org.jixiao.budget.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.jixiao.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** The audit trail of budget-service as a finance-admin reads it at /api/v1/audit/budget. */
@QuarkusTest
class AuditResourceTest {
    private static final String AUDIT = "/api/v1/audit/budget";
    private static final String REGION = "620202";

    @Test
    void aDistrictSystemsBudgetPushIsRecordedForTheRegionsFinanceAdmins() {
        String unit = Fixtures.registerUnit(REGION + "001");
        given().auth().oauth2(Tokens.claims(Tokens.DISTRICT_SYSTEM, REGION, null).subject("czj-system@620202").sign())
                .header("X-Request-Id", "audit-budget-" + unit)
                .contentType(ContentType.JSON)
                .body("""
                        {"amountUnit":"TEN_THOUSAND_YUAN","initialBudget":"552.45","adjustedBudget":"667.92",
                         "actualExpenditure":"667.92"}
                        """)
                .when().put("/api/v1/budgets/" + unit + "/2023")
                .then().statusCode(200);

        given().auth().oauth2(Tokens.of(Tokens.FINANCE_ADMIN, "6202", null))
                .queryParam("resourceType", "Budget").queryParam("resourceId", unit + "/2023")
                .when().get(AUDIT)
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].action", equalTo("PUT"))
                .body("items[0].subject", equalTo("czj-system@620202"))
                .body("items[0].roles", contains(Tokens.DISTRICT_SYSTEM))
                .body("items[0].regionCode", equalTo(REGION + "001"))
                .body("items[0].callerRegionCode", equalTo(REGION))
                .body("items[0].requestId", equalTo("audit-budget-" + unit))
                .body("items[0].summary", containsString("version none -> 1, adjusted budget none -> 6679200.00"));
        given().auth().oauth2(Tokens.of(Tokens.FINANCE_ADMIN, "6202", null))
                .queryParam("resourceId", unit).queryParam("action", "register")
                .when().get(AUDIT)
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].resourceType", equalTo("Unit"));

        given().auth().oauth2(Tokens.of(Tokens.FINANCE_ADMIN, "1101", null))
                .queryParam("resourceId", unit + "/2023")
                .when().get(AUDIT)
                .then().statusCode(200).body("total", equalTo(0)).body("items", emptyIterable());
        given().auth().oauth2(Tokens.of(Tokens.DISTRICT_SYSTEM, REGION, null))
                .when().get(AUDIT)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of(Tokens.VIEWER, REGION, null))
                .when().get(AUDIT)
                .then().statusCode(403).contentType("application/problem+json");
    }
}
