package org.jixiao.budget.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The published API document: every operation with its summary, its success and its problem answers. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void operationsDocumentSuccessProblemsAndTheBearerToken() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("Jixiao budget-service"))
                .body("paths.'/api/v1/budgets/{unitCode}/{fiscalYear}'.put.summary", notNullValue())
                .body("paths.'/api/v1/budgets/{unitCode}/{fiscalYear}'.put.responses", hasKey("200"))
                .body("paths.'/api/v1/budgets/{unitCode}/{fiscalYear}'.put.responses", hasKey("400"))
                .body("paths.'/api/v1/budgets/{unitCode}/{fiscalYear}'.put.responses.'400'.content",
                        hasKey("application/problem+json"))
                .body("paths.'/api/v1/units'.post.responses", hasKey("401"))
                .body("components.schemas", hasKey("Problem"))
                .body("components.securitySchemes", hasKey("bearer"));
    }
}
