package org.jixiao.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real HTTP server answering as scoring-service, budget-service and indicator-service would, with their recorded JSON
 * (the contract report reads). One recorded evaluation (shaped like seed 000) is served under several ids that differ in unit name,
 * type and status.
 */
public class DownstreamServices implements QuarkusTestResourceLifecycleManager {
    public static final String UNIT = "620201001";
    public static final int YEAR = 2022;
    public static final String UNIT_NAME = "嘉峪关市钢城街道办事处";
    /** The evaluation agency every recorded evaluation is assigned to (evaluation.json). */
    public static final String AGENCY = "JYG-AGENCY-1";
    public static final String HOSTILE_NAME = "<script>alert(1)</script>钢城街道";

    /** Seed 000's 钢城街道, a FINANCE evaluation. */
    public static final String FINANCE = "5b1c0000-0000-4000-8000-00000000000a";
    /** A self-evaluation whose unit name carries a script tag. */
    public static final String HOSTILE = "5b1c0000-0000-4000-8000-00000000000b";
    /** Approved, not finalized: no report yet. */
    public static final String APPROVED = "5b1c0000-0000-4000-8000-00000000000c";
    /** Finalized; only ever generated on request. */
    public static final String ON_REQUEST = "5b1c0000-0000-4000-8000-00000000000d";
    /** Finalized; its score tree is beyond what a report can show (scoring answers 500 for its score). */
    public static final String BROKEN = "5b1c0000-0000-4000-8000-00000000000e";

    /** Finalized; published only after other events, to learn that those were handled. */
    public static final String SENTINEL = "5b1c0000-0000-4000-8000-00000000000f";

    /** Finalized; announced by an event whose total is the decimal string producers write now ("92.30"). */
    public static final String STRING_TOTAL = "5b1c0000-0000-4000-8000-000000000010";
    /** Finalized; announced by an event whose total is a JSON number, as events published before decimals-as-strings. */
    public static final String NUMBER_TOTAL = "5b1c0000-0000-4000-8000-000000000011";

    private static final Map<String, String[]> EVALUATIONS = Map.of(
            SENTINEL, new String[] {UNIT_NAME, "DEPARTMENT", "FINALIZED"},
            FINANCE, new String[] {UNIT_NAME, "FINANCE", "FINALIZED"},
            HOSTILE, new String[] {HOSTILE_NAME, "SELF", "FINALIZED"},
            APPROVED, new String[] {UNIT_NAME, "FINANCE", "APPROVED"},
            ON_REQUEST, new String[] {UNIT_NAME, "SELF", "FINALIZED"},
            BROKEN, new String[] {UNIT_NAME, "FINANCE", "FINALIZED"},
            STRING_TOTAL, new String[] {UNIT_NAME, "FINANCE", "FINALIZED"},
            NUMBER_TOTAL, new String[] {UNIT_NAME, "FINANCE", "FINALIZED"});
    /** The unit-year's approved declaration (declaration.json): five 年度目标 as in seed 000, two without 时效指标. */
    public static final String DECLARATION = "de0c0000-0000-4000-8000-000000000001";

    private static final Pattern EVALUATION = Pattern.compile("/api/v1/evaluations/([0-9a-f-]{36})(/score|/inputs|/surveys)?");

    /** The most leaf inputs the fake scoring-service answers in one page (inputs.json holds 11). */
    static final int INPUTS_PAGE_LIMIT = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("quarkus.rest-client.scoring.url", url, "quarkus.rest-client.budget.url", url,
                "quarkus.rest-client.indicator.url", url, "jixiao.remote.backoff", "PT0.01S");
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Matcher evaluation = EVALUATION.matcher(path);
        String body = null;
        int status = 200;
        if (evaluation.matches() && EVALUATIONS.containsKey(evaluation.group(1))) {
            String id = evaluation.group(1);
            String[] variant = EVALUATIONS.get(id);
            String part = evaluation.group(2);
            if (BROKEN.equals(id) && "/score".equals(part)) {
                status = 500;
                body = "{\"status\":500}";
            } else if ("/inputs".equals(part)) {
                body = inputsPage(exchange.getRequestURI().getQuery());
            } else {
                String resource = part == null ? "evaluation" : part.substring(1);
                body = read("downstream/" + resource + ".json").replace("${id}", id)
                        .replace("${unitName}", variant[0]).replace("${type}", variant[1])
                        .replace("${status}", variant[2]);
            }
        } else if (path.equals("/api/v1/budgets/" + UNIT + "/" + YEAR)) {
            body = read("downstream/budget.json");
        } else if (path.equals("/api/v1/units/" + UNIT + "/profiles/" + YEAR)) {
            body = read("downstream/profile.json");
        } else if (path.equals("/api/v1/grade-schemes/JIAYUGUAN")) {
            body = read("downstream/grade-scheme.json");
        } else if (path.equals("/api/v1/declarations")) {
            String query = exchange.getRequestURI().getQuery();
            boolean ours = query != null && query.contains("unitCode=" + UNIT) && query.contains("fiscalYear=" + YEAR)
                    && query.contains("status=APPROVED");
            body = ours ? read("downstream/declarations.json") : "{\"items\":[],\"page\":0,\"size\":50,\"total\":0}";
        } else if (path.equals("/api/v1/declarations/" + DECLARATION)) {
            body = read("downstream/declaration.json");
        }
        if (body == null) {
            status = 404;
            body = "{\"status\":404}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /**
     * scoring-service answers the leaf inputs as a page; this one serves at most {@link #INPUTS_PAGE_LIMIT} a page
     * whatever size is asked, so that a reader must follow the pages to get every leaf.
     */
    private static String inputsPage(String query) throws IOException {
        Map<String, String> params = new java.util.HashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        int page = Integer.parseInt(params.getOrDefault("page", "0"));
        int size = Math.min(Integer.parseInt(params.getOrDefault("size", "50")), INPUTS_PAGE_LIMIT);
        ArrayNode all = (ArrayNode) JSON.readTree(read("downstream/inputs.json"));
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode items = answer.putArray("items");
        for (int i = page * size; i < Math.min(all.size(), (page + 1) * size); i++) {
            items.add(all.get(i));
        }
        answer.put("page", page).put("size", size).put("total", all.size());
        return JSON.writeValueAsString(answer);
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = DownstreamServices.class.getClassLoader().getResourceAsStream(resource)) {
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
