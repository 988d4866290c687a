package org.jixiao.budget.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UnitResourceTest {

    private static void register(String code, String region) {
        given().contentType(ContentType.JSON)
                .body("{\"code\":\"%s\",\"name\":\"单位%s\",\"type\":\"DEPARTMENT\",\"regionCode\":\"%s\"}"
                        .formatted(code, code, region))
                .when().post("/api/v1/units").then().statusCode(201);
    }

    @Test
    void listsARegionsSubtreeOnly() {
        register("R-620201-A", "620201001");
        register("R-620201-B", "620201002");
        register("R-110105-A", "110105001");
        given().queryParam("region", "620201").when().get("/api/v1/units")
                .then().statusCode(200)
                .body("items.regionCode", everyItem(startsWith("620201")))
                .body("items.code", hasItem("R-620201-B"));
    }

    @Test
    void aSecondRegistrationOfTheSameCodeIsAConflict() {
        register("R-DUP", "620201001");
        given().contentType(ContentType.JSON)
                .body("{\"code\":\"R-DUP\",\"name\":\"x\",\"type\":\"DEPARTMENT\",\"regionCode\":\"620201001\"}")
                .when().post("/api/v1/units").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void invalidFieldsAreEachNamed() {
        given().contentType(ContentType.JSON)
                .body("{\"code\":\"bad code!\",\"name\":\"\",\"type\":\"DEPARTMENT\",\"regionCode\":\"12\"}")
                .when().post("/api/v1/units").then().statusCode(400)
                .body("errors.field", hasItem("code"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("regionCode"));
        given().contentType(ContentType.JSON).body("{\"code\":\"X\",\"name\":\"n\",\"type\":\"DEPARTMENT\",\"regionCode\":\"620201\",\"extra\":1}")
                .when().post("/api/v1/units").then().statusCode(400).body("errors[0].code", equalTo("UNKNOWN_FIELD"));
    }
}
