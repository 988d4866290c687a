package org.jixiao.budget.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.jixiao.testsupport.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * At a service's own port too, the errors HTTP itself produces have a problem+json body (commons HttpProblems);
 * budget-service stands for all four. Malformed requests go over a raw socket: HTTP clients refuse to send them.
 */
@QuarkusTest
class ServicePortProblemsTest {
    private static final String PROBLEM = "application/problem+json";

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/units/%zz", "/api/v1/units?regionCode=%zz", "/q/health/%"})
    void aMalformedUriIsAProblem400(String target) throws IOException {
        Answer answer = send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nX-Request-Id: svc-bad-1\r\n");
        answer.assertProblem(400, "https://jixiao.org/problems/bad-request");
        assertTrue(answer.problem().getString("detail").contains("malformed"), answer.raw());
        assertEquals("svc-bad-1", answer.problem().getString("requestId"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/api/v1/units/../regions"})
    void aTraversalPathIsAProblem400(String target) throws IOException {
        send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n")
                .assertProblem(400, "https://jixiao.org/problems/bad-request");
    }

    @Test
    void aUriOverTheLimitIsAProblem414() throws IOException {
        send("GET /api/v1/units?q=" + "x".repeat(4_100) + " HTTP/1.1\r\nHost: localhost\r\n")
                .assertProblem(414, "https://jixiao.org/problems/uri-too-long");
    }

    @Test
    void headersOverTheLimitAreAProblem431() throws IOException {
        send("GET /api/v1/units HTTP/1.1\r\nHost: localhost\r\nX-Filler: " + "y".repeat(21_000) + "\r\n")
                .assertProblem(431, "https://jixiao.org/problems/request-header-fields-too-large");
    }

    @Test
    void anUnknownPathIsAProblem404() {
        given().header("X-Request-Id", "svc-404").when().get("/nothing/here")
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("https://jixiao.org/problems/not-found"))
                .body("instance", equalTo("/nothing/here"))
                .body("requestId", equalTo("svc-404"));
    }

    @Test
    void aMethodTheResourceDoesNotTakeIsAProblem405() {
        given().when().delete("/api/v1/units")
                .then().statusCode(405).contentType(PROBLEM)
                .body("status", equalTo(405)).body("title", notNullValue());
    }

    @Test
    void anUnacceptableMediaTypeIsAProblem406() {
        given().accept("application/xml").when().get("/api/v1/units")
                .then().statusCode(406).contentType(PROBLEM).body("status", equalTo(406));
    }

    @Test
    void anUnsupportedContentTypeIsAProblem415() {
        given().contentType("text/plain").body("code=1").when().post("/api/v1/units")
                .then().statusCode(415).contentType(PROBLEM).body("status", equalTo(415));
    }

    record Answer(String raw) {
        int status() {
            return Integer.parseInt(raw.substring(9, 12));
        }

        JsonObject problem() {
            return new JsonObject(raw.substring(raw.indexOf("\r\n\r\n") + 4));
        }

        void assertProblem(int status, String type) {
            assertEquals(status, status(), raw);
            assertTrue(raw.substring(0, raw.indexOf("\r\n\r\n")).toLowerCase().contains(
                    "content-type: " + PROBLEM), raw);
            JsonObject problem = problem();
            assertEquals(type, problem.getString("type"), raw);
            assertEquals(status, problem.getInteger("status"), raw);
            assertTrue(problem.getString("title") != null && problem.getString("detail") != null
                    && problem.getString("requestId") != null, raw);
        }
    }

    static Answer send(String head) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((head + "Authorization: Bearer " + Tokens.of(Tokens.VIEWER, "1101", null)
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            return new Answer(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
