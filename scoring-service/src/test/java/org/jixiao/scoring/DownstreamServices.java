package org.jixiao.scoring;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real HTTP server answering as indicator-service and budget-service would, with their recorded JSON (the contract
 * scoring reads). The system test drives the real services; this keeps scoring's own tests self-contained.
 *
 * <p>Besides the recorded unit {@link #UNIT}, every other 9-digit unit code starting with 42 exists (its region code is
 * its own code) and has a budget for every year but {@link #YEAR_WITHOUT_BUDGET}, so that each test class can use
 * units of its own. Units of region {@link #MOVING_BUDGET_REGION} answer a higher budget version at every call.
 */
public class DownstreamServices implements QuarkusTestResourceLifecycleManager {
    public static final String FRAMEWORK_ID = "7f1b2c3d-0000-4000-8000-000000000001";
    /** A framework with leaves bound to survey:residents and survey:staff. */
    public static final String SURVEY_FRAMEWORK_ID = "7f1b2c3d-0000-4000-8000-000000000002";
    public static final String UNIT = "420115001";
    public static final int YEAR = 2022;
    public static final int YEAR_WITHOUT_BUDGET = 2023;
    public static final String MOVING_BUDGET_REGION = "420119";

    private static final Pattern UNIT_PATH = Pattern.compile("/api/v1/units/(42\\d{7})");
    private static final Pattern METRICS_PATH = Pattern.compile("/api/v1/budgets/(42\\d{7})/(\\d{4})/metrics");

    private final AtomicInteger budgetVersion = new AtomicInteger(3);
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String body = answer(exchange.getRequestURI().getPath());
            byte[] bytes = (body == null ? "{\"status\":404}" : body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", body == null ? "application/problem+json" : "application/json");
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("quarkus.rest-client.indicator.url", url, "quarkus.rest-client.budget.url", url);
    }

    private String answer(String path) throws IOException {
        if (path.equals("/api/v1/frameworks/" + FRAMEWORK_ID)) {
            return resource("downstream/framework.json");
        }
        if (path.equals("/api/v1/frameworks/" + SURVEY_FRAMEWORK_ID)) {
            return resource("downstream/framework-survey.json");
        }
        Matcher unit = UNIT_PATH.matcher(path);
        if (unit.matches()) {
            String code = unit.group(1);
            return code.equals(UNIT) ? resource("downstream/unit.json")
                    : "{\"unitCode\":\"" + code + "\",\"name\":\"测试单位" + code + "\",\"type\":\"SUB_DISTRICT_OFFICE\","
                            + "\"regionCode\":\"" + code + "\"}";
        }
        Matcher metrics = METRICS_PATH.matcher(path);
        if (metrics.matches() && Integer.parseInt(metrics.group(2)) != YEAR_WITHOUT_BUDGET) {
            int version = metrics.group(1).startsWith(MOVING_BUDGET_REGION) ? budgetVersion.incrementAndGet() : 3;
            return resource("downstream/metrics.json")
                    .replace("\"unitCode\":\"" + UNIT + "\"", "\"unitCode\":\"" + metrics.group(1) + "\"")
                    .replace("\"fiscalYear\":" + YEAR, "\"fiscalYear\":" + metrics.group(2))
                    .replace("\"budgetVersion\":3", "\"budgetVersion\":" + version);
        }
        return null;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DownstreamServices.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
