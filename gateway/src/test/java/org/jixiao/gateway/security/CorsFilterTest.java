package org.jixiao.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.jixiao.gateway.support.Auth;
import org.jixiao.gateway.support.DownstreamStubs;
import org.junit.jupiter.api.Test;

/** The test profile allows the dashboard origin https://dashboard.jixiao.test. */
@QuarkusTest
@WithTestResource(DownstreamStubs.class)
class CorsFilterTest {

    private static final String DASHBOARD = "https://dashboard.jixiao.test";

    @Test
    void preflightFromTheDashboardIsAnsweredWithoutAToken() {
        given().header("Origin", DASHBOARD)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .when().options("/api/v1/units")
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", DASHBOARD)
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"))
                .header("Access-Control-Max-Age", "600")
                .header("Vary", containsString("Origin"))
                .header("X-Served-By", nullValue());
    }

    @Test
    void preflightFromAnyOtherOriginIsRefused() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "DELETE")
                .when().options("/api/v1/units/110105001")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", nullValue())
                .body("type", equalTo("https://jixiao.org/problems/forbidden"));
    }

    @Test
    void theDashboardMayReadAnswersAndErrors() {
        Auth.given().header("Origin", DASHBOARD).when().get("/api/v1/units")
                .then().statusCode(200)
                .header("X-Served-By", "budget")
                .header("Access-Control-Allow-Origin", DASHBOARD)
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"));
        // without a token: the 401 is readable by the dashboard, so it can send the user to log in
        given().header("Origin", DASHBOARD).when().get("/api/v1/units")
                .then().statusCode(401)
                .header("Access-Control-Allow-Origin", DASHBOARD);
    }

    @Test
    void otherOriginsGetNoCorsHeaders() {
        Auth.given().header("Origin", "https://evil.example").when().get("/api/v1/units")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
