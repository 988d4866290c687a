package org.jixiao.gateway.web;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jixiao.gateway.support.Auth;
import org.jixiao.gateway.support.DownstreamStubs;
import org.junit.jupiter.api.Test;

/** The test profile limits bodies to 32 MiB. */
@QuarkusTest
@WithTestResource(DownstreamStubs.class)
class BodySizeHandlerTest {

    private static final long LIMIT = 32L * 1024 * 1024;

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeAnyByteIsSent() throws IOException {
        String answer = rawPost("Content-Length: " + (LIMIT + 1) + "\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("application/problem+json"), answer);
        assertTrue(answer.contains("\"type\":\"https://jixiao.org/problems/content-too-large\""), answer);
        assertTrue(answer.contains("exceeds the limit of " + LIMIT + " bytes"), answer);
    }

    @Test
    void aStreamedBodyOfExactlyTheLimitPasses() {
        Auth.given().contentType("application/octet-stream").body(bytes(LIMIT))
                .when().post("/api/v1/imports")
                .then().statusCode(200).body("bodyLength", equalTo((int) LIMIT));
    }

    @Test
    void aStreamedBodyOverTheLimitIsCutOff() {
        // no Content-Length: the gateway counts while it streams and stops at the limit
        Auth.given().contentType("application/octet-stream").body(bytes(LIMIT + 64 * 1024))
                .when().post("/api/v1/imports")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .header("X-Served-By", nullValue())
                .body("type", equalTo("https://jixiao.org/problems/content-too-large"));
    }

    /** {@code count} bytes as a stream of unknown length, so the client sends them chunked. */
    private static InputStream bytes(long count) {
        return new InputStream() {
            private long left = count;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                Arrays.fill(buffer, offset, offset + n, (byte) 'x');
                left -= n;
                return n;
            }
        };
    }

    private static String rawPost(String lengthHeader) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(("POST /api/v1/imports HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + Auth.token() + "\r\n"
                    + "Content-Type: application/octet-stream\r\n" + lengthHeader
                    + "\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
