package org.jixiao.testsupport;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document keeps the contract of docs/api.md ({@link OpenApiLint}). A service's test extends this
 * class under {@code @QuarkusTest}, so every service runs the same check against its own running document.
 */
public abstract class ServedOpenApiContract {

    @Test
    void servedDocumentKeepsTheContract() {
        String document = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        assertEquals(List.of(), OpenApiLint.violations(document));
    }
}
