package org.jixiao.scoring;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Map;

/**
 * A real HTTP server answering as indicator-service and budget-service would, with their recorded JSON (the contract
 * scoring reads). The system test drives the real services; this keeps scoring's own tests self-contained.
 */
public class DownstreamServices implements QuarkusTestResourceLifecycleManager {
    public static final String FRAMEWORK_ID = "7f1b2c3d-0000-4000-8000-000000000001";
    public static final String UNIT = "420115001";
    public static final int YEAR = 2022;

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> answers = Map.of(
                "/api/v1/frameworks/" + FRAMEWORK_ID, "downstream/framework.json",
                "/api/v1/units/" + UNIT, "downstream/unit.json",
                "/api/v1/budgets/" + UNIT + "/" + YEAR + "/metrics", "downstream/metrics.json");
        server.createContext("/", exchange -> {
            String resource = answers.get(exchange.getRequestURI().getPath());
            byte[] body;
            if (resource == null) {
                body = "{\"status\":404}".getBytes();
                exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
                exchange.sendResponseHeaders(404, body.length);
            } else {
                try (InputStream in = DownstreamServices.class.getClassLoader().getResourceAsStream(resource)) {
                    body = in.readAllBytes();
                }
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
            }
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("quarkus.rest-client.indicator.url", url, "quarkus.rest-client.budget.url", url);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
