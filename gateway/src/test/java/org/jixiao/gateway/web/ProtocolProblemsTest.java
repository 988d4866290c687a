package org.jixiao.gateway.web;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.jixiao.gateway.support.Auth;
import org.jixiao.gateway.support.DownstreamStubs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Errors HTTP itself produces get a problem+json body too. Sent over a raw socket: HTTP clients refuse to send
 * malformed URIs and normalise dot segments themselves.
 */
@QuarkusTest
@WithTestResource(DownstreamStubs.class)
class ProtocolProblemsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/units/%zz", "/api/v1/units/%", "/api/v1/units?q=%zz", "/q/health/%zz"})
    void aMalformedUriIsAProblem400(String target) throws IOException {
        Answer answer = send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nX-Request-Id: bad-uri-1\r\n");
        answer.assertProblem(400, "https://jixiao.org/problems/bad-request");
        assertTrue(answer.problem().getString("detail").contains("malformed"), answer.raw());
        assertEquals("bad-uri-1", answer.problem().getString("requestId"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/api/v1/units/%2e%2e/budgets",
        "/../q/health"})
    void aTraversalPathIsAProblem400(String target) throws IOException {
        send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n")
                .assertProblem(400, "https://jixiao.org/problems/bad-request");
    }

    @Test
    void aUriOverTheLimitIsAProblem414() throws IOException {
        String target = "/api/v1/units?q=" + "x".repeat(4_000);
        Answer answer = send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n");
        answer.assertProblem(414, "https://jixiao.org/problems/uri-too-long");
        assertEquals("URI Too Long", answer.problem().getString("title"));
        assertTrue(answer.problem().getString("detail").contains("4000"), answer.raw());
    }

    @Test
    void aUriJustUnderTheLimitIsProxied() {
        String query = "q=" + "x".repeat(4_000 - "/api/v1/units?q=".length());
        Auth.given().when().get("/api/v1/units?" + query)
                .then().statusCode(200).body("query", equalTo(query));
    }

    @Test
    void headersOverTheLimitAreAProblem431() throws IOException {
        Answer answer = send("GET /api/v1/units HTTP/1.1\r\nHost: localhost\r\nX-Filler: " + "y".repeat(17_000)
                + "\r\n");
        answer.assertProblem(431, "https://jixiao.org/problems/request-header-fields-too-large");
    }

    @Test
    void anUnknownPathOutsideTheApiIsAProblem404() throws IOException {
        send("GET /etc/passwd HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n")
                .assertProblem(404, "https://jixiao.org/problems/not-found");
        RestAssured.given().when().get("/nothing/here")
                .then().statusCode(404).contentType("application/problem+json")
                .body("instance", equalTo("/nothing/here"));
    }

    @Test
    void aMethodTheRouteDoesNotTakeIsAProblem405() {
        RestAssured.given().when().delete("/openapi/budget")
                .then().statusCode(405).contentType("application/problem+json")
                .body("type", equalTo("https://jixiao.org/problems/method-not-allowed"))
                .body("status", equalTo(405));
    }

    @Test
    void contentOverTheLimitOutsideTheApiIsAProblem413() throws IOException {
        // the gateway's check runs on every path, before Quarkus' own (equal, but bodiless) limit
        Answer answer = send("POST /q/health HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + (32L * 1024 * 1024 + 1) + "\r\n");
        answer.assertProblem(413, "https://jixiao.org/problems/content-too-large");
    }

    record Answer(String raw) {
        int status() {
            return Integer.parseInt(raw.substring(9, 12));
        }

        String headers() {
            int end = raw.indexOf("\r\n\r\n");
            return end < 0 ? raw : raw.substring(0, end).toLowerCase();
        }

        JsonObject problem() {
            return new JsonObject(raw.substring(raw.indexOf("\r\n\r\n") + 4));
        }

        void assertProblem(int status, String type) {
            assertEquals(status, status(), raw);
            assertTrue(headers().contains("content-type: application/problem+json"), raw);
            JsonObject problem = problem();
            assertEquals(type, problem.getString("type"), raw);
            assertEquals(status, problem.getInteger("status"), raw);
            assertTrue(problem.getString("title") != null && problem.getString("detail") != null, raw);
            assertTrue(problem.getString("requestId") != null, raw);
        }
    }

    /** Sends a request head (no body) over a fresh connection and reads the whole answer. */
    static Answer send(String head) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write((head + "Authorization: Bearer " + Auth.token() + "\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            return new Answer(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
