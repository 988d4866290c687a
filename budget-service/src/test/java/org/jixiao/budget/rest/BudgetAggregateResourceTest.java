package org.jixiao.budget.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BudgetAggregateResourceTest {

    @BeforeAll
    static void exactNumbers() {
        Fixtures.readNumbersExactly();
    }

    private static void put(String unit, String body) {
        given().contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/budgets/" + unit + "/2023").then().statusCode(200);
    }

    @Test
    void totalsAndExecutionRatesOfARegionAndItsSubRegions() {
        String a = Fixtures.registerUnit("810101001");
        String b = Fixtures.registerUnit("810101002");
        String c = Fixtures.registerUnit("810102001");
        String elsewhere = Fixtures.registerUnit("820101001");
        put(a, "{\"amountUnit\":\"YUAN\",\"initialBudget\":\"100\",\"adjustedBudget\":\"200\",\"actualExpenditure\":\"150\"}");
        put(b, "{\"amountUnit\":\"YUAN\",\"initialBudget\":\"100\",\"actualExpenditure\":\"100\"}");
        put(c, "{\"amountUnit\":\"YUAN\",\"initialBudget\":\"50\"}");
        put(elsewhere, "{\"amountUnit\":\"YUAN\",\"initialBudget\":\"999\",\"actualExpenditure\":\"1\"}");
        given().contentType(ContentType.JSON).body("{\"amountUnit\":\"YUAN\",\"initialBudget\":\"7\"}")
                .when().put("/api/v1/budgets/" + a + "/2022").then().statusCode(200);

        given().queryParam("regionCode", "8101").queryParam("fiscalYear", 2023).queryParam("groupDigits", 6)
                .when().get("/api/v1/budgets/aggregates")
                .then().statusCode(200)
                .body("total.regionCode", equalTo("8101"))
                .body("total.units", equalTo(3))
                .body("total.initialBudget", equalTo("250.00"))
                .body("total.adjustedBudget", equalTo("350.00"))
                .body("total.actualExpenditure", equalTo("250.00"))
                .body("total.unitsWithExecutionRate", equalTo(2))
                // (75.00 + 100.00) / 2 and 250 / 300
                .body("total.averageExecutionRate", equalTo("87.50"))
                .body("total.overallExecutionRate", equalTo("83.33"))
                .body("subRegions.size()", equalTo(2))
                .body("subRegions[0].regionCode", equalTo("810101"))
                .body("subRegions[0].units", equalTo(2))
                .body("subRegions[1].regionCode", equalTo("810102"))
                .body("subRegions[1].averageExecutionRate", nullValue());

        given().queryParam("regionCode", "810101002").queryParam("fiscalYear", 2023)
                .when().get("/api/v1/budgets/aggregates")
                .then().statusCode(200)
                .body("total.units", equalTo(1))
                .body("total.averageExecutionRate", equalTo("100.00"))
                .body("subRegions.size()", equalTo(0));
    }

    @Test
    void anEmptyRegionHasZeroTotalsAndNoRate() {
        given().queryParam("regionCode", "83").queryParam("fiscalYear", 2023)
                .when().get("/api/v1/budgets/aggregates")
                .then().statusCode(200)
                .body("total.units", equalTo(0))
                .body("total.actualExpenditure", equalTo("0.00"))
                .body("total.averageExecutionRate", nullValue());
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        given().queryParam("regionCode", "81'--").queryParam("fiscalYear", 2023)
                .when().get("/api/v1/budgets/aggregates")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("regionCode"));
        given().queryParam("regionCode", "81")
                .when().get("/api/v1/budgets/aggregates")
                .then().statusCode(400).body("errors[0].field", equalTo("fiscalYear"));
        given().queryParam("regionCode", "8101").queryParam("fiscalYear", 2023).queryParam("groupDigits", 4)
                .when().get("/api/v1/budgets/aggregates")
                .then().statusCode(400).body("errors[0].field", equalTo("groupDigits"));
    }
}
