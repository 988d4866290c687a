package org.jixiao.budget.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A filter under its retired name is refused, naming the new one, instead of being ignored (which widens a list). */
@QuarkusTest
class RetiredParametersTest {

    @Test
    void regionAndYearAreRefusedWithTheirNewNames() {
        given().queryParam("region", "62").when().get("/api/v1/units")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("region"))
                .body("errors[0].code", equalTo("PARAMETER_RENAMED"))
                .body("errors[0].message", containsString("regionCode"));
        given().queryParam("regionCode", "62").queryParam("year", "2022").when().get("/api/v1/budgets/aggregates")
                .then().statusCode(400).body("errors[0].field", equalTo("year"))
                .body("errors[0].message", containsString("fiscalYear"));
        given().queryParam("regionCode", "62").when().get("/api/v1/units").then().statusCode(200);
    }
}
