package org.jixiao.gateway.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.gateway.support.Auth;
import org.jixiao.gateway.support.DownstreamStubs;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(DownstreamStubs.class)
class SecurityHeadersHandlerTest {

    private static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Test
    void proxiedAnswersCarryTheHeaders() {
        assertSecure(Auth.given().when().get("/api/v1/units"), API_CSP);
    }

    @Test
    void theGatewaysOwnAnswersCarryTheHeaders() {
        assertSecure(given().when().get("/api/v1/units"), API_CSP);
        assertSecure(Auth.given().when().get("/api/v1/nothing"), API_CSP);
        assertSecure(given().when().get("/q/health/live"), API_CSP);
    }

    @Test
    void swaggerUiGetsACspItCanRunUnder() {
        Response page = given().when().get("/q/swagger-ui/");
        assertEquals(200, page.statusCode());
        String csp = page.header("Content-Security-Policy");
        assertSecure(page, csp);
        assertTrue(csp.contains("script-src 'self' 'unsafe-inline'"), csp);
        assertTrue(csp.contains("connect-src 'self'"), "the UI fetches /openapi/* from the gateway: " + csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        // every script and stylesheet the page loads is served by the gateway itself ('self')
        Matcher sources = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(page.asString());
        while (sources.find()) {
            String source = sources.group(1);
            assertFalse(source.matches("(?i)(https?:)?//.*"), "external resource " + source);
        }
        assertTrue(page.asString().contains("<script"), "the page boots from scripts");
        given().when().get("/q/swagger-ui/swagger-ui-bundle.js").then().statusCode(200);
    }

    private static void assertSecure(Response response, String csp) {
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
        assertEquals("DENY", response.header("X-Frame-Options"));
        assertEquals("no-referrer", response.header("Referrer-Policy"));
        assertEquals(csp, response.header("Content-Security-Policy"));
        // configured in the test profile; production sends it only when GATEWAY_HSTS is set
        assertEquals("max-age=31536000", response.header("Strict-Transport-Security"));
        assertEquals(1, response.headers().getValues("X-Frame-Options").size());
    }
}
