package org.jixiao.gateway.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jixiao.testsupport.JwtKeys;

/**
 * Real HTTP servers standing in for the four services, on free ports:
 * budget and indicator echo what they receive; scoring is ready but answers its API too late; report is down
 * (nothing listens on its port). The gateway is pointed at them through the same env-style keys production uses,
 * and trusts the test key pair of {@link JwtKeys}.
 */
public class DownstreamStubs implements QuarkusTestResourceLifecycleManager {

    /** How long scoring keeps an API caller waiting; longer than its route timeout in the test profile. */
    public static final long SCORING_DELAY_MS = 3_000;
    public static final String SCORING_TIMEOUT = "500ms";
    /** Bytes per chunk when a stub streams a download. */
    private static final int CHUNK = 64 * 1024;

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        int budget = listen(stub("budget", 0));
        int indicator = listen(stub("indicator", 0));
        int scoring = listen(stub("scoring", SCORING_DELAY_MS));
        int report = freePort();
        return Map.of(
                "BUDGET_URL", "http://127.0.0.1:" + budget,
                "INDICATOR_URL", "http://127.0.0.1:" + indicator,
                "SCORING_URL", "http://127.0.0.1:" + scoring,
                "REPORT_URL", "http://127.0.0.1:" + report,
                "jixiao.gateway.services.scoring.timeout", SCORING_TIMEOUT,
                // the gateway trusts the tokens test-support mints, through the same key-location key production uses
                "jixiao.gateway.jwt.public-key-location", JwtKeys.publicKeyFile().toString());
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
        }
    }

    private int listen(HttpServer server) {
        return server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture()
                .orTimeout(10, TimeUnit.SECONDS).join().actualPort();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpServer stub(String service, long apiDelayMs) {
        return vertx.createHttpServer().requestHandler(request -> {
            String path = request.path();
            if (path.equals("/q/health/ready")) {
                request.response().putHeader("Content-Type", "application/json").end("{\"status\":\"UP\"}");
            } else if (path.equals("/q/openapi")) {
                openapi(service, request);
            } else if (path.endsWith("/download")) {
                download(request, Long.parseLong(request.getParam("size")));
            } else if (apiDelayMs > 0) {
                vertx.setTimer(apiDelayMs, t -> echo(service, request));
            } else {
                echo(service, request);
            }
        });
    }

    private static void openapi(String service, HttpServerRequest request) {
        if (!"json".equals(request.getParam("format"))) {
            request.response().setStatusCode(406).end();
            return;
        }
        request.response().putHeader("Content-Type", "application/json").end(new JsonObject()
                .put("openapi", "3.1.0")
                .put("info", new JsonObject().put("title", service + " stub").put("version", "1"))
                .put("paths", new JsonObject())
                .encode());
    }

    /** Answers what arrived: method, path, query, headers of interest, and the body's length and digest. */
    private static void echo(String service, HttpServerRequest request) {
        MessageDigest digest = sha256();
        long[] length = {0};
        request.handler(chunk -> {
            digest.update(chunk.getBytes());
            length[0] += chunk.length();
        });
        request.endHandler(v -> {
            int status = request.getParam("status") == null ? 200 : Integer.parseInt(request.getParam("status"));
            HttpServerResponse response = request.response().setStatusCode(status)
                    .putHeader("Content-Type", "application/json")
                    .putHeader("X-Served-By", service)
                    // a service echoing its own id must not leak a second id to the caller
                    .putHeader("X-Request-Id", "set-by-" + service);
            if (status == 201) {
                response.putHeader("Location", request.path() + "/42");
            }
            response.end(new JsonObject()
                    .put("service", service)
                    .put("method", request.method().name())
                    .put("path", request.path())
                    .put("query", request.query())
                    .put("requestId", request.getHeader("X-Request-Id"))
                    .put("contentType", request.getHeader("Content-Type"))
                    .put("forwardedHost", request.getHeader("X-Forwarded-Host"))
                    .put("authorization", request.getHeader("Authorization"))
                    .put("bodyLength", length[0])
                    .put("bodySha256", HexFormat.of().formatHex(digest.digest()))
                    .encode());
        });
        request.resume();
    }

    /** Streams {@code size} deterministic bytes chunked, honouring back-pressure as a real service would. */
    private static void download(HttpServerRequest request, long size) {
        HttpServerResponse response = request.response().setChunked(true)
                .putHeader("Content-Type", "application/octet-stream");
        writeFrom(response, 0, size);
    }

    private static void writeFrom(HttpServerResponse response, long written, long size) {
        long position = written;
        while (position < size && !response.writeQueueFull()) {
            int length = (int) Math.min(CHUNK, size - position);
            response.write(Buffer.buffer(pattern(position, length)));
            position += length;
        }
        if (position >= size) {
            response.end();
        } else {
            long resumeAt = position;
            response.drainHandler(v -> writeFrom(response, resumeAt, size));
        }
    }

    /** The byte at offset i is (i * 31) mod 251, so the test can recompute any body. */
    public static byte[] pattern(long offset, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (((offset + i) * 31) % 251);
        }
        return bytes;
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
