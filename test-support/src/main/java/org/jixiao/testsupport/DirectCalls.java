package org.jixiao.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Calls straight to the service under test (REST Assured's {@code baseURI} and {@code port}) with the JDK's HTTP
 * client, so without the default token of {@link Tokens#sendByDefault}: what a test needs to send no token at all,
 * or a token REST Assured would not pass on as it is.
 */
public final class DirectCalls {
    private DirectCalls() {
    }

    /** {@code json} may be null for no body; {@code token} may be null for no Authorization header. */
    public static HttpResponse<String> send(String method, String path, String token, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                + path)).method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The answer to a call with a refused token ({@code kind}, see {@link RefusedTokens}): 401 as problem+json with
     * the challenge {@code Bearer realm="jixiao"}.
     */
    public static void assertUnauthenticated(String kind, HttpResponse<String> answer) {
        assertEquals(401, answer.statusCode(), kind + ": " + answer.body());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse("")
                .replaceAll(";.*", ""));
        assertEquals("Bearer realm=\"jixiao\"", answer.headers().firstValue("WWW-Authenticate").orElse(""));
    }
}
