package org.jixiao.budget.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Text with a NUL character, which PostgreSQL cannot store, is refused as a 400 naming the field, and nothing is written. */
@QuarkusTest
class NulCharacterTest {

    @Test
    void aUnitNameWithANulCharacterIsRefusedNamingTheField() {
        given().contentType(ContentType.JSON)
                .body("{\"unitCode\":\"NUL-TEST-1\",\"name\":\"钢城\\u0000街道\",\"type\":\"SUB_DISTRICT_OFFICE\","
                        + "\"regionCode\":\"620201001\"}")
                .when().post("/api/v1/units")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].code", equalTo("INVALID_VALUE"));
        given().when().get("/api/v1/units/NUL-TEST-1").then().statusCode(404);
    }
}
