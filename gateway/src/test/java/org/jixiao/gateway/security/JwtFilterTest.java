package org.jixiao.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import org.jixiao.gateway.support.DownstreamStubs;
import org.jixiao.testsupport.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(DownstreamStubs.class)
class JwtFilterTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aValidTokenIsForwardedUnchangedSoTheServiceCanVerifyItAgain() {
        String token = Tokens.of(Tokens.FINANCE_ADMIN, "1101", null);
        given().auth().oauth2(token).when().get("/api/v1/units")
                .then().statusCode(200)
                .header("X-Served-By", "budget")
                .body("authorization", equalTo("Bearer " + token));
    }

    @Test
    void missingTokenIs401WithAChallengeAndReachesNoService() {
        refused(given().header("X-Request-Id", "anon-1").contentType("application/json").body("{}")
                .when().post("/api/v1/units").then(), "A bearer token is required")
                .header("WWW-Authenticate", "Bearer realm=\"jixiao\"")
                .body("instance", equalTo("/api/v1/units"))
                .body("requestId", equalTo("anon-1"));
    }

    @Test
    void otherAuthorizationSchemesAre401() {
        refused(given().header("Authorization", "Basic dXNlcjpwYXNz").when().get("/api/v1/units").then(),
                "The Authorization header must be 'Bearer <token>'");
    }

    @Test
    void expiredTokenIs401() {
        refused(withToken(Tokens.expired(Tokens.VIEWER, "1101", null)), "The token has expired")
                .header("WWW-Authenticate", "Bearer realm=\"jixiao\", error=\"invalid_token\"");
    }

    @Test
    void tokenSignedWithAnotherKeyIs401() {
        refused(withToken(Tokens.signedWithOtherKey(Tokens.FINANCE_ADMIN, "1101", null)),
                "The token signature is not valid");
    }

    @Test
    void forgedRegionClaimBreaksTheSignature() {
        String narrow = Tokens.of(Tokens.VIEWER, "110105", null);
        given().auth().oauth2(narrow).when().get("/api/v1/units").then().statusCode(200);
        refused(withToken(Tokens.withForgedRegion(narrow, "11")), "The token signature is not valid");
    }

    @Test
    void unsignedTokenIs401() {
        refused(withToken(Tokens.unsigned(Tokens.FINANCE_ADMIN, "1101", null)),
                "The token is not a valid RS256-signed JWT");
    }

    @Test
    void wrongIssuerIs401() {
        refused(withToken(Tokens.claims(Tokens.VIEWER, "1101", null).issuer("https://evil.example/").sign()),
                "The token was not issued by the trusted issuer");
    }

    @Test
    void tokenWithoutSubjectOrExpiryIs401() {
        refused(withToken(Tokens.claims(Tokens.VIEWER, "1101", null).subject(null).sign()), "The token has no subject");
        refused(withToken(Tokens.claims(Tokens.VIEWER, "1101", null).expiresAt(null).sign()),
                "The token has no expiry");
    }

    @Test
    void tokenIssuedForLaterIsNotValidYet() {
        Instant later = Instant.now().plusSeconds(3600);
        refused(withToken(Tokens.claims(Tokens.VIEWER, "1101", null).issuedAt(later)
                .expiresAt(later.plusSeconds(3600)).sign()), "The token is not valid yet");
    }

    @Test
    void garbageIs401() {
        refused(withToken("not.a.jwt"), "The token is not a valid RS256-signed JWT");
    }

    @Test
    void healthMetricsOpenapiAndSwaggerStayOpen() {
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200);
        given().when().get("/openapi/budget").then().statusCode(200);
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    private static ValidatableResponse withToken(String token) {
        return given().auth().oauth2(token).when().get("/api/v1/units/110105001").then();
    }

    private static ValidatableResponse refused(ValidatableResponse response, String detail) {
        return response.statusCode(401)
                .contentType(PROBLEM)
                .header("X-Served-By", nullValue())
                .body("type", equalTo("https://jixiao.org/problems/unauthorized"))
                .body("title", equalTo("Unauthorized"))
                .body("status", equalTo(401))
                .body("detail", equalTo(detail));
    }
}
