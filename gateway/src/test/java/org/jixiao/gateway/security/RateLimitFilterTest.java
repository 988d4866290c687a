package org.jixiao.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.jixiao.gateway.support.Auth;
import org.jixiao.gateway.support.DownstreamStubs;
import org.jixiao.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The test profile allows each client a burst of 50 requests, refilled at 1 per second: slow enough that a client
 * cannot earn tokens back while a test watches, whatever the machine's load.
 */
@QuarkusTest
@WithTestResource(DownstreamStubs.class)
class RateLimitFilterTest {

    private static final int BURST = 50;

    @Test
    void aClientOverItsLimitGets429WithRetryAfterWhileOthersAreServed() throws InterruptedException {
        String token = Tokens.claims(Tokens.VIEWER, "1101", null).subject("rate-limit-test").sign();
        Response refused = firstRefusal(BURST, () -> given().auth().oauth2(token).when().get("/api/v1/units"));

        long retryAfter = retryAfterOf(refused);
        refused.then().contentType("application/problem+json")
                .header("X-Served-By", (String) null)
                .body("type", equalTo("https://jixiao.org/problems/too-many-requests"))
                .body("status", equalTo(429))
                .body("instance", equalTo("/api/v1/units"))
                .body("detail", startsWith("Rate limit exceeded"));
        // counted by subject: a new token of the same subject shares the empty bucket, another subject does not
        String sameSubject = Tokens.claims(Tokens.VIEWER, "1101", null).subject("rate-limit-test").sign();
        int admitted = 0;
        while (given().auth().oauth2(sameSubject).when().get("/api/v1/units").statusCode() == 200) {
            assertTrue(++admitted <= 2, "the same subject was admitted again " + admitted + " times");
        }
        Auth.given().when().get("/api/v1/units").then().statusCode(200);

        Thread.sleep(retryAfter * 1000);
        given().auth().oauth2(token).when().get("/api/v1/units").then().statusCode(200);
    }

    @Test
    void callersWithoutAValidTokenAreLimitedByAddress() throws IOException {
        // from an address of its own (127.0.0.2), so the 401 tests of other classes keep their bucket
        InetAddress client = InetAddress.getByName("127.0.0.2");
        String refused = null;
        for (int i = 0; i < BURST * 3 && refused == null; i++) {
            String answer = rawGet(client, null);
            if (answer.startsWith("HTTP/1.1 429")) {
                assertTrue(i >= BURST, "refused after only " + i + " requests");
                refused = answer;
            } else {
                assertTrue(answer.startsWith("HTTP/1.1 401"), answer);
            }
        }
        assertNotNull(refused, "never refused");
        assertTrue(refused.contains("\nretry-after: 1\r") || refused.contains("\nRetry-After: 1\r"), refused);
        assertTrue(refused.contains("https://jixiao.org/problems/too-many-requests"), refused);
        // a valid caller from the same address has a bucket of its own
        assertTrue(rawGet(client, Auth.token()).startsWith("HTTP/1.1 200"));
    }

    /** Sends requests until one is refused, checking that at least {@code burst} were admitted before. */
    private static Response firstRefusal(int burst, Supplier<Response> request) {
        int admitted = 0;
        for (int i = 0; i < burst * 3; i++) {
            Response response = request.get();
            if (response.statusCode() == 429) {
                assertTrue(admitted >= burst, "refused after only " + admitted + " requests");
                return response;
            }
            assertEquals(200, response.statusCode());
            admitted++;
        }
        throw new AssertionError(burst * 3 + " requests in a row were admitted");
    }

    private static long retryAfterOf(Response refused) {
        assertEquals(429, refused.statusCode());
        String header = refused.header("Retry-After");
        assertNotNull(header, "Retry-After is sent");
        long seconds = Long.parseLong(header);
        assertEquals(1, seconds, "one request's worth of tokens at 1 per second");
        return seconds;
    }

    private static String rawGet(InetAddress from, String token) throws IOException {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), RestAssured.port, from, 0)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(("GET /api/v1/units HTTP/1.1\r\nHost: localhost\r\n"
                    + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
