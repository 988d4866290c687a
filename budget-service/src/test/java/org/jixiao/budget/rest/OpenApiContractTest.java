package org.jixiao.budget.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.jixiao.testsupport.OpenApiLint;
import org.junit.jupiter.api.Test;

/** The served OpenAPI document keeps the contract of docs/api.md (operation ids, errors, pages, names, nullability). */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void servedDocumentKeepsTheContract() {
        String document = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        assertEquals(List.of(), OpenApiLint.violations(document));
    }
}
