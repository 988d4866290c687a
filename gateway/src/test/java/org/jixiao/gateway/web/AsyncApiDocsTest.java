package org.jixiao.gateway.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashSet;
import java.util.Map;
import org.jixiao.events.Topics;
import org.jixiao.gateway.support.DownstreamStubs;
import org.junit.jupiter.api.Test;

/** The event catalogue is served next to the OpenAPI documents, without a token; Swagger UI offers one scheme. */
@QuarkusTest
@WithTestResource(DownstreamStubs.class)
class AsyncApiDocsTest {

    @Test
    void theAsyncApiDocumentIsServedAsYamlAndJsonWithoutAToken() {
        String yaml = given().when().get("/asyncapi.yaml")
                .then().statusCode(200)
                .contentType(containsString("application/yaml"))
                .extract().asString();
        assertEquals(true, yaml.startsWith("asyncapi: 3.0.0"), yaml.substring(0, Math.min(80, yaml.length())));

        Map<String, Map<String, Object>> channels = given().when().get("/asyncapi.json")
                .then().statusCode(200)
                .contentType(containsString("application/json"))
                .body("asyncapi", equalTo("3.0.0"))
                .body("operations.publishEvaluationFinalized.action", equalTo("send"))
                .body("operations.receiveEvaluationFinalizedInReportService.action", equalTo("receive"))
                .body("components.schemas.Decimal.type", equalTo("string"))
                .extract().path("channels");
        HashSet<Object> addresses = new HashSet<>();
        channels.values().forEach(channel -> addresses.add(channel.get("address")));
        assertEquals(new HashSet<>(Topics.ALL), addresses);
    }

    @Test
    void theGatewaysOwnOpenApiAddsNoSecuritySchemeOfItsOwn() {
        // the Swagger UI shows each service's document, each with its single bearerAuth scheme: the gateway must
        // not bring a second one (two schemes = two inputs in the Authorize dialog)
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("components.securitySchemes", nullValue())
                .body("security", nullValue());
    }
}
