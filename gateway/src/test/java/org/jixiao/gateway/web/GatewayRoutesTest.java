package org.jixiao.gateway.web;

import static org.jixiao.gateway.support.Auth.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.jixiao.gateway.support.Auth;
import org.jixiao.gateway.support.DownstreamStubs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@WithTestResource(DownstreamStubs.class)
class GatewayRoutesTest {

    private static final String PROBLEM = "application/problem+json";

    @ParameterizedTest
    @CsvSource({
            "/api/v1/units, budget",
            "/api/v1/units/110105001, budget",
            "/api/v1/regions/1101, budget",
            "/api/v1/budgets/110105001/2023/metrics, budget",
            "/api/v1/imports, budget",
            "/api/v1/frameworks/3, indicator",
            "/api/v1/declarations, indicator",
            "/api/v1/library/indicators, indicator",
            "/api/v1/audit/budget, budget",
            "/api/v1/audit/indicator, indicator"})
    void routesByPathPrefix(String path, String service) {
        given().when().get(path)
                .then().statusCode(200)
                .header("X-Served-By", service)
                .body("service", equalTo(service))
                .body("path", equalTo(path))
                .body("method", equalTo("GET"));
    }

    @Test
    void percentEncodedPathsPassUnchanged() {
        given().when().get("/api/v1/library/区县 指标")
                .then().statusCode(200)
                .body("service", equalTo("indicator"))
                .body("path", equalTo("/api/v1/library/%E5%8C%BA%E5%8E%BF%20%E6%8C%87%E6%A0%87"));
    }

    @Test
    void passesMethodBodyQueryAndStatusThrough() {
        given().contentType("application/json").body("{\"name\":\"区财政局\"}")
                .queryParam("status", "201").queryParam("dryRun", "true")
                .when().post("/api/v1/units")
                .then().statusCode(201)
                .header("Location", "/api/v1/units/42")
                .body("method", equalTo("POST"))
                .body("query", equalTo("status=201&dryRun=true"))
                .body("contentType", equalTo("application/json"))
                .body("forwardedHost", startsWith("localhost:"))
                .body("bodyLength", equalTo("{\"name\":\"区财政局\"}".getBytes(StandardCharsets.UTF_8).length));

        given().contentType("application/json").body("{}")
                .when().put("/api/v1/declarations/9")
                .then().statusCode(200).body("method", equalTo("PUT")).body("service", equalTo("indicator"));
        given().contentType("application/merge-patch+json").body("{}")
                .when().patch("/api/v1/declarations/9")
                .then().statusCode(200).body("method", equalTo("PATCH"));
        given().queryParam("status", "204")
                .when().delete("/api/v1/budgets/110105001/2023")
                .then().statusCode(204);
        given().queryParam("status", "409")
                .when().post("/api/v1/imports")
                .then().statusCode(409).body("service", equalTo("budget"));
    }

    @Test
    void streamsALargeUploadUnchanged() {
        byte[] body = DownstreamStubs.pattern(0, 24 * 1024 * 1024 + 17);
        String expectedSha = HexFormat.of().formatHex(DownstreamStubs.sha256().digest(body));
        given().contentType("application/octet-stream").body(body)
                .when().post("/api/v1/imports")
                .then().statusCode(200)
                .body("bodyLength", equalTo(body.length))
                .body("bodySha256", equalTo(expectedSha));
    }

    @Test
    void streamsALargeDownloadUnchangedAndUnbuffered() {
        int size = 32 * 1024 * 1024 + 5;
        Response response = given().queryParam("size", size)
                .when().get("/api/v1/budgets/110105001/2023/download");
        assertEquals(200, response.statusCode());
        // chunked on the way in stays chunked on the way out: the gateway did not collect the body to measure it
        assertEquals("chunked", response.header("Transfer-Encoding"));
        assertArrayEquals(DownstreamStubs.pattern(0, size), response.asByteArray());
    }

    @Test
    void apiFiltersRunBeforeTheProxyAndMayStopTheRequest() {
        given().header("X-Test-Deny", "no token").contentType("application/json").body("{}")
                .when().post("/api/v1/units")
                .then().statusCode(401).contentType(PROBLEM)
                .header("X-Served-By", nullValue())
                .body("detail", equalTo("no token"));
        // a filter that lets the request through after an asynchronous step loses none of its body
        given().contentType("application/json").body("{\"a\":1}")
                .when().post("/api/v1/units")
                .then().statusCode(200).body("bodyLength", equalTo(7));
    }

    @Test
    void unknownApiPathIsAProblem404() {
        given().header("X-Request-Id", "lost-1")
                .when().get("/api/v1/nothing/here")
                .then().statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo("https://jixiao.org/problems/not-found"))
                .body("title", equalTo("Not Found"))
                .body("status", equalTo(404))
                .body("detail", containsString("/api/v1/nothing/here"))
                .body("instance", equalTo("/api/v1/nothing/here"))
                .body("requestId", equalTo("lost-1"));
    }

    @Test
    void scoringsAuditTrailIsRoutedToScoring() {
        // the scoring stub answers too late, so a 504 naming scoring proves the route (an unrouted path is a 404)
        given().when().get("/api/v1/audit/scoring").then().statusCode(504).body("detail", containsString("scoring"));
        given().when().get("/api/v1/audit").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void prefixesMatchWholeSegmentsOnly() {
        given().when().get("/api/v1/unitsx").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void pathsThatAServiceWouldResolveElsewhereAreRefused() throws IOException {
        // sent over a raw socket: HTTP clients normalise dot segments themselves
        String answer = rawGet("/api/v1/units/../budgets/110105001");
        assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
        assertTrue(answer.contains(PROBLEM), answer);
        assertTrue(rawGet("/api/v1/%75nits").startsWith("HTTP/1.1 400"), "needless encoding of 'u'");
    }

    private static String rawGet(String target) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + Auth.token() + "\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void refusedConnectionIsAProblem502() {
        given().header("X-Request-Id", "down-1")
                .when().get("/api/v1/reports/3")
                .then().statusCode(502)
                .contentType(PROBLEM)
                .header("X-Request-Id", "down-1")
                .body("type", equalTo("https://jixiao.org/problems/bad-gateway"))
                .body("title", equalTo("Bad Gateway"))
                .body("status", equalTo(502))
                .body("detail", containsString("report"))
                .body("instance", equalTo("/api/v1/reports/3"));
    }

    @Test
    void refusedConnectionWithABodyIsStillA502() {
        given().contentType("application/json").body("{\"rule\":\"x\"}")
                .when().post("/api/v1/findings-rules")
                .then().statusCode(502).contentType(PROBLEM);
    }

    @Test
    void slowServiceIsAProblem504AfterItsRouteTimeout() {
        long started = System.nanoTime();
        given().when().get("/api/v1/evaluations/5")
                .then().statusCode(504)
                .contentType(PROBLEM)
                .body("type", equalTo("https://jixiao.org/problems/gateway-timeout"))
                .body("title", equalTo("Gateway Timeout"))
                .body("status", equalTo(504))
                .body("detail", containsString("scoring"))
                .body("detail", containsString("500 ms"))
                .body("instance", equalTo("/api/v1/evaluations/5"));
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        // the route timeout (500 ms), not the stub's delay (3 s), decided when the caller got an answer
        assertTrue(elapsedMs < DownstreamStubs.SCORING_DELAY_MS,
                "answered after " + elapsedMs + " ms");
    }

    @Test
    void openapiOfAServiceIsProxiedFromItsQuarkusEndpoint() {
        given().when().get("/openapi/budget")
                .then().statusCode(200)
                .contentType(containsString("application/json"))
                .body("info.title", equalTo("budget stub"));
        given().when().get("/openapi/indicator")
                .then().statusCode(200).body("info.title", equalTo("indicator stub"));
        given().when().get("/openapi/nobody")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void swaggerUiListsEveryService() {
        String page = given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .extract().asString();
        for (String service : new String[] {"budget", "indicator", "scoring", "report"}) {
            assertTrue(page.contains("/openapi/" + service),
                    "swagger ui lists " + service);
        }
    }

    @Test
    void metricsAreExposedForPrometheusWithRouteLevelLabels() {
        given().when().get("/api/v1/units/110105001").then().statusCode(200);
        given().when().get("/api/v1/units").then().statusCode(200);
        given().when().get("/api/v1/no-such-thing/3").then().statusCode(404);
        // answers the gateway gives itself before routing are labelled by the /api route, not the path
        RestAssured.given().when().get("/api/v1/units/110105002").then().statusCode(401);
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/api/v1/units/*\""))
                .body(containsString("uri=\"/api/v1/units\""))
                .body(containsString("uri=\"NOT_FOUND\""))
                .body(not(containsString("110105001")))
                .body(not(containsString("110105002")))
                .body(not(containsString("no-such-thing")));
    }

    @Test
    void liveDoesNotDependOnDownstreams() {
        given().when().get("/q/health/live")
                .then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void nonApiPathsAreNotProxied() {
        given().when().get("/units").then().statusCode(404).header("X-Served-By", nullValue());
    }
}
