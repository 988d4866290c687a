package org.jixiao.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The loader against an in-memory stand-in of the gateway: who calls what, and that a second run changes nothing. */
class DemoLoaderTest {
    private FakeGateway gateway;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws IOException {
        gateway = new FakeGateway();
    }

    @AfterEach
    void stop() {
        gateway.server.stop(0);
    }

    private List<LoadedCase> run() {
        // The token is the role's name, so the recorded Authorization header tells who made each call.
        TokenSupplier tokens = actor -> actor.role() + (actor.unitCode() == null ? "" : ":" + actor.unitCode());
        return new DemoLoader(gateway.uri(), tokens, new PrintStream(output, true, StandardCharsets.UTF_8),
                Duration.ofSeconds(5)).loadAll();
    }

    @Test
    void loadsTheFiveCasesAsTheirActorsAndAnswersScoreAndDocuments() {
        List<LoadedCase> loaded = run();
        assertEquals(5, loaded.size());
        for (LoadedCase c : loaded) {
            assertEquals("FINALIZED", gateway.evaluations.get(c.evaluationId()).path("status").asText());
            assertEquals("r-" + c.evaluationId(), c.reportId());
            assertEquals(DemoLoader.FORMATS, List.copyOf(c.documents().keySet()));
            assertEquals(gateway.uri() + "/api/v1/reports/r-" + c.evaluationId() + "/documents/pdf",
                    c.documents().get("pdf").toString());
        }
        assertEquals(List.of("FINANCE", "FINANCE", "SELF", "SELF", "SELF"), loaded.stream().map(LoadedCase::type).toList());
        assertEquals(0, new BigDecimal("96").compareTo(loaded.get(2).selfReportedTotal()));
        assertEquals("优", loaded.get(2).selfReportedGrade());

        assertTrue(gateway.calls("POST /api/v1/imports/budgets").stream().allMatch(c -> c.endsWith("district-system")));
        assertTrue(gateway.calls("POST /api/v1/frameworks").stream().allMatch(c -> c.endsWith("finance-admin")));
        assertTrue(gateway.calls("/finalize").stream().allMatch(c -> c.endsWith("finance-admin")));
        assertTrue(gateway.calls("/approve").stream().allMatch(c -> c.endsWith("finance-admin")));
        String gangcheng = loaded.get(0).evaluationId();
        String baoxie = loaded.get(4).evaluationId();
        assertEquals(List.of("PUT /api/v1/evaluations/" + gangcheng + "/inputs evaluator:GS-JINYITONG"),
                gateway.calls(gangcheng + "/inputs"));
        assertEquals(List.of("PUT /api/v1/evaluations/" + baoxie + "/inputs unit-reporter:WH-DH-BAOXIE"),
                gateway.calls(baoxie + "/inputs"));
        assertEquals(List.of("PUT /api/v1/evaluations/" + baoxie + "/reported-scores unit-reporter:WH-DH-BAOXIE"),
                gateway.calls(baoxie + "/reported-scores"));
        assertTrue(gateway.calls(gangcheng + "/reported-scores").isEmpty(), "a finance evaluation has no self score");
        assertEquals(List.of("PUT /api/v1/evaluations/" + gangcheng + "/surveys evaluator:GS-JINYITONG"),
                gateway.calls(gangcheng + "/surveys"), "seed 000 counts its questionnaires");
        // seeds 001 and 004 declare their 绩效目标: the unit declares, the finance bureau approves
        assertEquals(2, gateway.declarations.size());
        assertTrue(gateway.declarations.values().stream().allMatch(d -> d.path("status").asText().equals("APPROVED")));
        assertTrue(gateway.calls("POST /api/v1/declarations ").stream().allMatch(c -> c.contains("unit-reporter")));
        assertTrue(gateway.calls("/submit").stream().filter(c -> c.contains("declarations"))
                .allMatch(c -> c.contains("unit-reporter")));
        assertEquals(10, gateway.declarations.values().stream().filter(d -> d.has("nodes")).findFirst().orElseThrow()
                .path("nodes").size(), "seed 001's ten projects replace the template's tree");
        assertTrue(gateway.declarations.values().stream().anyMatch(d -> !d.has("nodes")),
                "seed 004 declares the framework's own tree");
        assertTrue(output.toString(StandardCharsets.UTF_8).contains("==> 嘉峪关市钢城街道办事处 2022: pushing the budget …"));
    }

    @Test
    void aSecondRunChangesNothing() {
        List<LoadedCase> first = run();
        List<String> budgetKeys = gateway.idempotencyKeys();
        gateway.log.clear();
        gateway.idempotencyKeyLog.clear();

        List<LoadedCase> second = run();
        assertEquals(first, second);
        List<String> mutating = gateway.log.stream().filter(c -> !c.startsWith("GET ")).toList();
        // What remains is replayed by the server as the same request: the budget push under its first key and the
        // identical profile PUTs, which the budget service answers without writing.
        for (String call : mutating) {
            assertTrue(call.startsWith("POST /api/v1/imports/budgets ") || call.matches("PUT /api/v1/units/.*/profiles/.*"),
                    call);
        }
        assertEquals(budgetKeys, gateway.idempotencyKeys());
        assertEquals(5, gateway.units.size());
        assertEquals(5, gateway.frameworks.size());
        assertEquals(5, gateway.evaluations.size());
        assertEquals(2, gateway.declarations.size());
    }

    @Test
    void aConflictOnOpeningMeansAnotherRunOpenedItFirst() {
        List<LoadedCase> first = run();
        gateway.alternateHiding = true;
        gateway.log.clear();
        List<LoadedCase> second = run();
        assertEquals(first, second);
        assertEquals(5, gateway.calls("POST /api/v1/evaluations ").size(), "each case tried to open and met a 409");
        assertEquals(5, gateway.evaluations.size(), "the 409 led to the existing evaluation, not to a second one");
    }

    @Test
    void aRefusalStopsTheLoadNamingTheCallAndTheAnswer() {
        gateway.refuseInputs = true;
        DemoLoadException e = assertThrows(DemoLoadException.class, this::run);
        assertTrue(e.getMessage().contains("/inputs as evaluator@620201/GS-JINYITONG answered 400"), e.getMessage());
        assertTrue(e.getMessage().contains("UNKNOWN_LEAF"), e.getMessage());
    }

    @Test
    void tableAlignsChineseNamesAndListsEveryFormat() {
        String table = DemoLoader.table(run());
        String[] lines = table.split("\n");
        assertTrue(lines[0].startsWith("unit"), lines[0]);
        assertTrue(lines[0].contains("year  type"), lines[0]);
        int totalColumn = DemoLoader.displayWidth(lines[2].substring(0, lines[2].indexOf("2022"))); // after the name
        int otherRow = DemoLoader.displayWidth(lines[7].substring(0, lines[7].indexOf("2023")));
        assertEquals(totalColumn, otherRow, "names padded by display width:\n" + table);
        assertEquals(5 * 4, table.lines().filter(l -> l.matches("    (html|docx|pdf|xlsx) +http://.*")).count());
    }

    @Test
    void displayWidthCountsIdeographsTwice() {
        assertEquals(4, DemoLoader.displayWidth("abcd"));
        assertEquals(8, DemoLoader.displayWidth("钢城街道"));
        assertEquals(6, DemoLoader.displayWidth("a（b）"));
    }

    @Test
    void listsAreReadAsArraysOrPages() {
        ArrayNode array = SeedFixtures.JSON.createArrayNode().add(1);
        ObjectNode page = SeedFixtures.JSON.createObjectNode();
        page.set("items", array);
        assertEquals(array, DemoLoader.items(array));
        assertEquals(array, DemoLoader.items(page));
    }

    // ------------------------------------------------------------------------------------------------ fake

    /** Just enough of the five services, behind one port, to walk the loader through every branch it takes. */
    static final class FakeGateway {
        final HttpServer server;
        final List<String> log = Collections.synchronizedList(new ArrayList<>());
        final List<String> idempotencyKeyLog = Collections.synchronizedList(new ArrayList<>());
        final Map<String, JsonNode> units = new LinkedHashMap<>();
        final Map<String, ObjectNode> frameworks = new LinkedHashMap<>();
        final Map<String, ObjectNode> evaluations = new LinkedHashMap<>();
        final Map<String, ObjectNode> declarations = new LinkedHashMap<>();
        /** Every other list of evaluations comes back empty, as when another run opens one in between. */
        boolean alternateHiding;
        private boolean hideNext = true;
        boolean refuseInputs;
        private int ids;

        FakeGateway() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", this::handle);
            server.start();
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        }

        List<String> calls(String containing) {
            return log.stream().filter(c -> c.contains(containing)).toList();
        }

        List<String> idempotencyKeys() {
            return List.copyOf(idempotencyKeyLog);
        }

        private synchronized void handle(HttpExchange x) throws IOException {
            String method = x.getRequestMethod();
            String path = x.getRequestURI().getPath();
            Map<String, String> query = query(x.getRequestURI().getRawQuery());
            String auth = String.valueOf(x.getRequestHeaders().getFirst("Authorization")).replace("Bearer ", "");
            log.add(method + " " + path + " " + auth);
            byte[] raw = x.getRequestBody().readAllBytes();
            JsonNode body = raw.length == 0 ? null : SeedFixtures.JSON.readTree(raw);
            String[] p = path.substring(1).split("/");
            Object answer;
            int status = 200;
            if (path.startsWith("/api/v1/units/") && p.length == 4 && method.equals("GET")) {
                answer = units.get(p[3]);
                status = answer == null ? 404 : 200;
            } else if (path.equals("/api/v1/units") && method.equals("POST")) {
                status = units.putIfAbsent(body.path("unitCode").asText(), body) == null ? 201 : 409;
                answer = body;
            } else if (path.matches("/api/v1/units/.*/profiles/.*")) {
                answer = body;
            } else if (path.equals("/api/v1/imports/budgets")) {
                idempotencyKeyLog.add(x.getRequestHeaders().getFirst("Idempotency-Key"));
                answer = Map.of("importStatus", "SUCCESS", "importCount", Map.of("imported", 1, "updated", 0, "ignored", 0));
            } else if (path.equals("/api/v1/frameworks") && method.equals("GET")) {
                answer = frameworks.values().stream().filter(f -> f.path("code").asText().equals(query.get("frameworkCode"))).toList();
            } else if (path.equals("/api/v1/frameworks")) {
                ObjectNode f = SeedFixtures.JSON.createObjectNode().put("id", "f" + ++ids)
                        .put("code", body.path("code").asText()).put("version", 1).put("status", "DRAFT");
                frameworks.put(f.path("id").asText(), f);
                answer = f;
                status = 201;
            } else if (path.endsWith("/publish")) {
                answer = frameworks.get(p[3]).put("status", "PUBLISHED");
            } else if (path.equals("/api/v1/evaluations") && method.equals("GET")) {
                boolean hide = alternateHiding && hideNext;
                hideNext = !alternateHiding || !hideNext;
                answer = hide ? List.of() : evaluations.values().stream()
                        .filter(e -> e.path("regionCode").asText().startsWith(query.get("regionCode"))
                                && e.path("fiscalYear").asText().equals(query.get("fiscalYear"))).toList();
            } else if (path.equals("/api/v1/evaluations")) {
                boolean exists = evaluations.values().stream().anyMatch(e -> e.path("unitCode").equals(body.path("unitCode"))
                        && e.path("type").equals(body.path("type")));
                if (exists) {
                    answer = Map.of("status", 409, "detail", "already exists");
                    status = 409;
                } else {
                    ObjectNode e = SeedFixtures.JSON.createObjectNode().put("id", "e" + ++ids)
                            .put("unitCode", body.path("unitCode").asText())
                            .put("regionCode", units.get(body.path("unitCode").asText()).path("regionCode").asText())
                            .put("fiscalYear", body.path("fiscalYear").asInt()).put("type", body.path("type").asText())
                            .put("revision", 1).put("status", "DRAFT")
                            .put("gradeScheme", body.path("gradeScheme").asText());
                    evaluations.put(e.path("id").asText(), e);
                    answer = e;
                    status = 201;
                }
            } else if (path.startsWith("/api/v1/evaluations/")) {
                ObjectNode e = evaluations.get(p[3]);
                String action = p.length > 4 ? p[4] : "";
                switch (action) {
                    case "inputs" -> {
                        if (refuseInputs) {
                            status = 400;
                            answer = Map.of("status", 400, "errors", List.of(Map.of("code", "UNKNOWN_LEAF")));
                        } else {
                            answer = Map.of();
                        }
                    }
                    case "reported-scores", "surveys" -> answer = body;
                    case "submit" -> answer = e.put("status", "SUBMITTED");
                    case "approve" -> answer = e.put("status", "APPROVED");
                    case "finalize" -> answer = e.put("status", "FINALIZED");
                    case "score" -> answer = Map.of("result", Map.of("total", new BigDecimal("94.11"), "grade", "优",
                            "selfReportedTotal", new BigDecimal("96"),
                            "nodes", List.of(Map.of("code", "I", "name", "投入管理指标", "weight", 20, "score", 18.11))));
                    default -> answer = e;
                }
            } else if (path.equals("/api/v1/declarations") && method.equals("GET")) {
                answer = declarations.values().stream()
                        .filter(d -> d.path("unitCode").asText().equals(query.get("unitCode"))
                                && d.path("fiscalYear").asText().equals(query.get("fiscalYear"))).toList();
            } else if (path.equals("/api/v1/declarations")) {
                ObjectNode d = SeedFixtures.JSON.createObjectNode().put("id", "d" + (++ids))
                        .put("unitCode", body.path("unitCode").asText()).put("fiscalYear", body.path("fiscalYear").asInt())
                        .put("templateId", body.path("templateId").asText()).put("status", "DRAFT");
                declarations.put(d.path("id").asText(), d);
                answer = d;
                status = 201;
            } else if (path.startsWith("/api/v1/declarations/")) {
                ObjectNode d = declarations.get(p[3]);
                answer = switch (p[4]) {
                    case "nodes" -> d.set("nodes", body.path("nodes"));
                    case "submit" -> d.put("status", "SUBMITTED");
                    case "approve" -> d.put("status", "APPROVED");
                    default -> throw new IllegalStateException(path);
                };
            } else if (path.equals("/api/v1/reports")) {
                ObjectNode e = evaluations.get(query.get("evaluationId"));
                answer = Map.of("items", e.path("status").asText().equals("FINALIZED")
                        ? List.of(Map.of("id", "r-" + e.path("id").asText())) : List.of());
            } else if (path.startsWith("/api/v1/grade-schemes/")) {
                answer = Map.of("bands", List.of(Map.of("label", "良", "lowerInclusive", 80, "upperExclusive", 90),
                        Map.of("label", "优", "lowerInclusive", 90)));
            } else {
                answer = Map.of("status", 404);
                status = 404;
            }
            byte[] out = SeedFixtures.JSON.writeValueAsBytes(answer);
            x.getResponseHeaders().add("Content-Type", "application/json");
            x.sendResponseHeaders(status, out.length);
            x.getResponseBody().write(out);
            x.close();
        }

        private static Map<String, String> query(String raw) {
            Map<String, String> q = new LinkedHashMap<>();
            if (raw != null) {
                for (String pair : raw.split("&")) {
                    String[] kv = pair.split("=", 2);
                    q.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                            kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
                }
            }
            return q;
        }
    }
}
