package org.jixiao.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Loads the five seed evaluations through the gateway the way the real actors would: the finance bureau registers
 * the unit and publishes the framework, the district system pushes the budget, the unit (self-evaluations) or the
 * evaluator (finance evaluations) fills the inputs and submits, the finance bureau approves and finalizes; then the
 * report appears on its own.
 *
 * <p>Idempotent: every step looks first (GET) and only creates what is missing; a 409 on a unit or an evaluation
 * means another run got there first. A finalized evaluation is left as it is, so a second run changes nothing.
 */
public final class DemoLoader {
    public static final URI DEFAULT_GATEWAY = URI.create("http://127.0.0.1:8080");
    public static final Duration REPORT_TIMEOUT = Duration.ofSeconds(90);
    public static final List<String> FORMATS = List.of("html", "docx", "pdf", "xlsx");

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
    private static final long POLL_MILLIS = 1000;

    private final URI gateway;
    private final TokenSupplier tokens;
    private final PrintStream log;
    private final Duration reportTimeout;
    private final HttpClient http;

    DemoLoader(URI gateway, TokenSupplier tokens, PrintStream log, Duration reportTimeout) {
        String base = gateway.toString();
        this.gateway = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        this.tokens = tokens == null ? TokenSupplier.none() : tokens;
        this.log = log;
        this.reportTimeout = reportTimeout;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Loads all five cases (or finds them loaded) and answers what the suite holds for each. */
    public static List<LoadedCase> load(URI gateway, TokenSupplier tokens) {
        return new DemoLoader(gateway, tokens, System.out, REPORT_TIMEOUT).loadAll();
    }

    public static void main(String[] args) {
        URI gateway = args.length > 0 && !args[0].isBlank() ? URI.create(args[0]) : DEFAULT_GATEWAY;
        Path root = Path.of(System.getProperty("jixiao.root", "")).toAbsolutePath();
        TokenSupplier tokens = ScriptTokens.fromCheckout(root, System.out);
        System.out.println("==> Loading the five seed evaluations through " + gateway);
        List<LoadedCase> loaded = load(gateway, tokens);
        System.out.println();
        System.out.print(table(loaded));
        if (loaded.stream().anyMatch(c -> c.reportId() == null)) {
            System.out.println("==> Some reports did not appear within " + REPORT_TIMEOUT.toSeconds()
                    + " s; run the command again later to see them.");
            System.exit(3);
        }
    }

    List<LoadedCase> loadAll() {
        List<LoadedCase> result = new ArrayList<>();
        for (SeedCase c : SeedCase.all()) {
            result.add(loadCase(c.fixtures()));
        }
        return result;
    }

    // ------------------------------------------------------------------------------------------------ one case

    LoadedCase loadCase(SeedFixtures f) {
        String label = f.unitName() + " " + f.fiscalYear();
        String county = Actor.county(f.regionCode());
        Actor admin = new Actor(Actor.FINANCE_ADMIN, county, null);
        Actor district = new Actor(Actor.DISTRICT_SYSTEM, county, null);
        Actor reporter = new Actor(Actor.UNIT_REPORTER, f.regionCode(), f.unitCode());
        boolean self = "SELF".equals(f.type());
        // A self-evaluation is the unit's own; a finance evaluation is commissioned by the bureau and scored by the
        // agency assigned to it (the evaluator's unit claim is the agency's code).
        Actor filler = self ? reporter
                : new Actor(Actor.EVALUATOR, county, f.evaluation().path("evaluatorAgency").asText(null));
        Actor opener = self ? reporter : admin;

        step(label, "registering the unit " + f.unitCode());
        ensureUnit(f, admin);
        if (f.profile() != null) {
            step(label, "recording the unit profile (单位基本情况)");
            call("PUT", "/api/v1/units/" + enc(f.unitCode()) + "/profiles/" + f.fiscalYear(), f.profile(), reporter,
                    Map.of(), 200);
        }
        step(label, "pushing the budget");
        pushBudget(f, district);
        step(label, "publishing the framework " + f.frameworkCode());
        String frameworkId = ensureFramework(f, admin);
        if (f.declaration() != null) {
            step(label, "declaring the 绩效目标 and approving the declaration");
            ensureApprovedDeclaration(f, frameworkId, reporter, admin);
        }
        step(label, "opening the " + f.type() + " evaluation");
        JsonNode evaluation = ensureEvaluation(f, frameworkId, opener, admin);
        String id = evaluation.path("id").asText();
        advance(label, f, id, evaluation.path("status").asText(), filler, admin);

        step(label, "waiting for the report");
        String reportId = awaitReport(id, admin);
        JsonNode score = call("GET", "/api/v1/evaluations/" + id + "/score", null, admin, Map.of(), 200).json();
        JsonNode result = score.path("result");
        BigDecimal selfTotal = decimal(result.path("selfReportedTotal"));
        String scheme = evaluation.path("gradeScheme").asText("NATIONAL");
        LoadedCase loaded = new LoadedCase(f.dir(), f.unitCode(), f.unitName(), f.fiscalYear(), f.type(), id,
                decimal(result.path("total")), text(result.path("grade")), selfTotal,
                selfTotal == null ? null : gradeOf(selfTotal, scheme, admin), categories(result.path("nodes")),
                reportId, reportId == null ? Map.of() : documents(reportId));
        step(label, "total " + plain(loaded.total()) + " " + loaded.grade()
                + (selfTotal == null ? "" : " (self-reported " + plain(selfTotal) + ")")
                + (reportId == null ? ", no report yet" : ", report " + reportId));
        return loaded;
    }

    private void ensureUnit(SeedFixtures f, Actor admin) {
        Reply existing = call("GET", "/api/v1/units/" + enc(f.unitCode()), null, admin, Map.of(), 200, 404);
        if (existing.status() == 200) {
            if (!f.regionCode().equals(existing.json().path("regionCode").asText())) {
                warn("unit " + f.unitCode() + " exists with region " + existing.json().path("regionCode").asText()
                        + ", the fixture says " + f.regionCode() + "; keeping the stored one");
            }
            return;
        }
        call("POST", "/api/v1/units", f.unit(), admin, Map.of(), 201, 409);
    }

    private void pushBudget(SeedFixtures f, Actor district) {
        // The same body always carries the same key: a repeated push is answered from the first one and changes nothing.
        String key = "demo-" + f.dir() + "-" + sha256(f.budget().toString()).substring(0, 16);
        JsonNode summary = call("POST", "/api/v1/imports/budgets", f.budget(), district,
                Map.of("Idempotency-Key", key, "X-Source-System", "district-" + district.region()), 200).json();
        JsonNode count = summary.path("importCount");
        if (!count.isMissingNode()) {
            log.println("    imported " + count.path("imported").asLong() + ", updated " + count.path("updated").asLong()
                    + ", unchanged " + count.path("ignored").asLong());
        }
    }

    /** The newest published version of the fixture's framework code; publishes a draft or creates one when none. */
    private String ensureFramework(SeedFixtures f, Actor admin) {
        JsonNode versions = items(call("GET", "/api/v1/frameworks?size=500&frameworkCode=" + enc(f.frameworkCode()), null, admin,
                Map.of(), 200).json());
        JsonNode published = newest(versions, "PUBLISHED");
        if (published != null) {
            return published.path("id").asText();
        }
        JsonNode draft = newest(versions, "DRAFT");
        String id;
        if (draft != null) {
            id = draft.path("id").asText();
            call("PUT", "/api/v1/frameworks/" + id, f.framework(), admin, Map.of(), 200);
        } else {
            id = call("POST", "/api/v1/frameworks", f.framework(), admin, Map.of(), 201).json().path("id").asText();
        }
        call("POST", "/api/v1/frameworks/" + id + "/publish", null, admin, Map.of(), 200, 409);
        return id;
    }

    /**
     * The unit-year's declaration, moved to APPROVED: created from the framework by the unit's reporter, its tree
     * replaced by the fixture's when it has one, submitted, and approved by the finance bureau. The report reads it for
     * the 年度绩效目标 and for the projects without 时效指标.
     */
    private void ensureApprovedDeclaration(SeedFixtures f, String frameworkId, Actor reporter, Actor admin) {
        JsonNode found = null;
        for (JsonNode d : items(call("GET", "/api/v1/declarations?unitCode=" + enc(f.unitCode()) + "&fiscalYear="
                + f.fiscalYear(), null, admin, Map.of(), 200).json())) {
            if (found == null || "APPROVED".equals(f(d, "status"))) {
                found = d;
            }
        }
        String id;
        String status;
        if (found == null) {
            ObjectNode create = SeedFixtures.JSON.createObjectNode()
                    .put("unitCode", f.unitCode()).put("fiscalYear", f.fiscalYear()).put("templateId", frameworkId);
            JsonNode created = call("POST", "/api/v1/declarations", create, reporter, Map.of(), 201).json();
            id = created.path("id").asText();
            status = f(created, "status");
        } else {
            id = found.path("id").asText();
            status = f(found, "status");
        }
        String base = "/api/v1/declarations/" + id;
        if (("DRAFT".equals(status) || "RETURNED".equals(status)) && f.declaration().has("nodes")) {
            ObjectNode tree = SeedFixtures.JSON.createObjectNode();
            tree.set("nodes", f.declaration().path("nodes"));
            call("PUT", base + "/nodes", tree, reporter, Map.of(), 200);
        }
        if ("DRAFT".equals(status) || "RETURNED".equals(status)) {
            status = f(call("POST", base + "/submit", null, reporter, Map.of(), 200).json(), "status");
        }
        if ("SUBMITTED".equals(status)) {
            status = f(call("POST", base + "/approve", null, admin, Map.of(), 200).json(), "status");
        }
        log.println("    declaration " + id + " " + status);
    }

    private static JsonNode newest(JsonNode versions, String status) {
        JsonNode best = null;
        for (JsonNode v : versions) {
            if (f(v, "status").equals(status) && (best == null || v.path("version").asInt() > best.path("version").asInt())) {
                best = v;
            }
        }
        return best;
    }

    /** The latest revision of the unit's evaluation of this year and type, opened now when there is none. */
    private JsonNode ensureEvaluation(SeedFixtures f, String frameworkId, Actor opener, Actor admin) {
        String found = findEvaluation(f, admin);
        if (found == null) {
            ObjectNode request = f.evaluation().deepCopy();
            request.put("frameworkId", frameworkId);
            Reply opened = call("POST", "/api/v1/evaluations", request, opener, Map.of(), 201, 409);
            found = opened.status() == 201 ? opened.json().path("id").asText() : findEvaluation(f, admin);
            if (found == null) {
                throw new DemoLoadException("POST /api/v1/evaluations answered 409 for " + f.unitCode() + " "
                        + f.fiscalYear() + " " + f.type() + ", yet the region's list does not show it");
            }
        } else {
            log.println("    already open: " + found);
        }
        return call("GET", "/api/v1/evaluations/" + found, null, admin, Map.of(), 200).json();
    }

    private String findEvaluation(SeedFixtures f, Actor admin) {
        JsonNode list = items(call("GET", "/api/v1/evaluations?size=500&regionCode=" + enc(f.regionCode()) + "&fiscalYear="
                + f.fiscalYear(), null, admin, Map.of(), 200).json());
        JsonNode best = null;
        for (JsonNode e : list) {
            if (f(e, "unitCode").equals(f.unitCode()) && f(e, "type").equals(f.type())
                    && e.path("fiscalYear").asInt() == f.fiscalYear()
                    && (best == null || e.path("revision").asInt() > best.path("revision").asInt())) {
                best = e;
            }
        }
        return best == null ? null : best.path("id").asText();
    }

    /** Moves the evaluation from wherever it stands to FINALIZED; a finalized one is left untouched. */
    private void advance(String label, SeedFixtures f, String id, String status, Actor filler, Actor admin) {
        String base = "/api/v1/evaluations/" + id;
        String current = status;
        for (int moves = 0; moves < 6 && !"FINALIZED".equals(current); moves++) {
            switch (current) {
                case "DRAFT", "RETURNED" -> {
                    step(label, "entering " + f.inputs().path("inputs").size() + " leaf inputs as " + filler.role());
                    call("PUT", base + "/inputs", f.inputs(), filler, Map.of(), 200);
                    if (f.surveys() != null) {
                        step(label, "recording the questionnaires (满意度问卷)");
                        call("PUT", base + "/surveys", f.surveys(), filler, Map.of(), 200);
                    }
                    if (f.reportedScores() != null) {
                        step(label, "recording the unit's self-reported scores (自评得分)");
                        call("PUT", base + "/reported-scores", f.reportedScores(), filler, Map.of(), 200);
                    }
                    step(label, "submitting");
                    current = f(call("POST", base + "/submit", null, filler, Map.of(), 200).json(), "status");
                }
                case "SUBMITTED" -> {
                    step(label, "approving as finance-admin");
                    current = f(call("POST", base + "/approve", null, admin, Map.of(), 200).json(), "status");
                }
                case "APPROVED" -> {
                    step(label, "finalizing as finance-admin");
                    current = f(call("POST", base + "/finalize", null, admin, Map.of(), 200).json(), "status");
                }
                default -> throw new DemoLoadException("evaluation " + id + " is in status '" + current
                        + "', which the demo does not know how to advance");
            }
        }
        if (status.equals("FINALIZED")) {
            log.println("    already finalized: nothing to change");
        }
    }

    private String awaitReport(String evaluationId, Actor reader) {
        long deadline = System.nanoTime() + reportTimeout.toNanos();
        while (true) {
            JsonNode list = items(call("GET", "/api/v1/reports?evaluationId=" + enc(evaluationId), null, reader,
                    Map.of(), 200).json());
            if (list.size() > 0) {
                return list.get(list.size() - 1).path("id").asText();
            }
            if (System.nanoTime() > deadline) {
                warn("no report for evaluation " + evaluationId + " within " + reportTimeout.toSeconds() + " s");
                return null;
            }
            sleep(POLL_MILLIS);
        }
    }

    private Map<String, URI> documents(String reportId) {
        Map<String, URI> urls = new LinkedHashMap<>();
        for (String format : FORMATS) {
            urls.put(format, URI.create(gateway + "/api/v1/reports/" + enc(reportId) + "/documents/" + format));
        }
        return urls;
    }

    /** The label of the band of {@code scheme} that holds {@code total}; null when the scheme cannot be read. */
    private String gradeOf(BigDecimal total, String scheme, Actor reader) {
        Reply reply = call("GET", "/api/v1/grade-schemes/" + enc(scheme), null, reader, Map.of(), 200, 404);
        if (reply.status() != 200) {
            return null;
        }
        for (JsonNode band : reply.json().path("bands")) {
            BigDecimal lower = decimal(band.path("lowerInclusive"));
            BigDecimal upper = decimal(band.path("upperExclusive"));
            if (lower != null && total.compareTo(lower) >= 0 && (upper == null || total.compareTo(upper) < 0)) {
                return text(band.path("label"));
            }
        }
        return null;
    }

    private static List<LoadedCase.CategoryScore> categories(JsonNode nodes) {
        List<LoadedCase.CategoryScore> rows = new ArrayList<>();
        for (JsonNode n : nodes) {
            rows.add(new LoadedCase.CategoryScore(text(n.path("code")), text(n.path("name")), decimal(n.path("weight")),
                    decimal(n.path("score")), decimal(n.path("scoreRate")), decimal(n.path("selfReportedScore"))));
        }
        return rows;
    }

    // ------------------------------------------------------------------------------------------------ the table

    /** unit | year | type | total | grade | self-reported, then one line per report format with its URL. */
    static String table(List<LoadedCase> cases) {
        String[] header = {"unit", "year", "type", "total", "grade", "self-reported"};
        List<String[]> rows = new ArrayList<>();
        for (LoadedCase c : cases) {
            rows.add(new String[] {c.unitName(), String.valueOf(c.fiscalYear()), c.type(), plain(c.total()),
                    c.grade() == null ? "" : c.grade(),
                    c.selfReportedTotal() == null ? "" : plain(c.selfReportedTotal())
                            + (c.selfReportedGrade() == null ? "" : " " + c.selfReportedGrade())});
        }
        int[] widths = new int[header.length];
        for (int i = 0; i < header.length; i++) {
            widths[i] = displayWidth(header[i]);
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], displayWidth(row[i]));
            }
        }
        StringBuilder out = new StringBuilder();
        appendRow(out, header, widths);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            rule.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
        }
        out.append(rule).append('\n');
        for (int r = 0; r < rows.size(); r++) {
            appendRow(out, rows.get(r), widths);
            LoadedCase c = cases.get(r);
            if (c.documents().isEmpty()) {
                out.append("    (no report yet)\n");
            }
            c.documents().forEach((format, url) -> out.append("    ").append(format).append(' ')
                    .append(" ".repeat(4 - format.length())).append(url).append('\n'));
        }
        return out.toString();
    }

    private static void appendRow(StringBuilder out, String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            boolean numeric = i == 3;
            String pad = " ".repeat(widths[i] - displayWidth(cells[i]));
            line.append(i == 0 ? "" : "  ").append(numeric ? pad + cells[i] : cells[i] + pad);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    /** Terminal columns: CJK ideographs and full-width forms take two. */
    static int displayWidth(String s) {
        int width = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            width += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    // ------------------------------------------------------------------------------------------------ HTTP

    record Reply(int status, String body, JsonNode json) {
    }

    /** One call through the gateway; any status outside {@code accepted} stops the load with the answer's body. */
    Reply call(String method, String path, JsonNode body, Actor actor, Map<String, String> headers, int... accepted) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(CALL_TIMEOUT)
                .header("Accept", "application/json");
        headers.forEach(request::header);
        String token = tokens.token(actor);
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token.strip());
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8));
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DemoLoadException(method + " " + gateway + path + " failed: " + e.getMessage()
                    + " (is the suite running? deploy/local/start.sh)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoLoadException(method + " " + path + " interrupted", e);
        }
        int status = response.statusCode();
        for (int ok : accepted) {
            if (ok == status) {
                return new Reply(status, response.body(), parse(response.body()));
            }
        }
        throw new DemoLoadException(method + " " + path + " as " + actor.label() + " answered " + status + ": "
                + abbreviate(response.body()));
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return SeedFixtures.JSON.missingNode();
        }
        try {
            return SeedFixtures.JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return SeedFixtures.JSON.missingNode();
        }
    }

    private static String write(JsonNode body) {
        try {
            return SeedFixtures.JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A list answer: a bare array, or a page {@code {"items": […]}}. */
    static JsonNode items(JsonNode answer) {
        return answer.isArray() ? answer : answer.path("items");
    }

    private static String f(JsonNode node, String field) {
        return node.path(field).asText("");
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    private static BigDecimal decimal(JsonNode node) {
        return node.isNumber() ? node.decimalValue() : node.isTextual() ? new BigDecimal(node.asText()) : null;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String body) {
        String b = body == null ? "" : body.strip();
        return b.length() > 2000 ? b.substring(0, 2000) + " …" : b;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void step(String label, String what) {
        log.println("==> " + label + ": " + what + " …");
    }

    private void warn(String what) {
        log.println("==> WARNING: " + what);
    }

    private static void sleep(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoLoadException("interrupted while waiting for a report", e);
        }
    }

    /** Tokens minted by {@code deploy/local/token.sh <role> <region> [unit]}, once per actor. */
    static final class ScriptTokens implements TokenSupplier {
        private final Path script;
        private final Map<String, String> cache = new ConcurrentHashMap<>();

        private ScriptTokens(Path script) {
            this.script = script;
        }

        /** Script tokens when the checkout has the token script and the dev keys (.run/keys); else none. */
        static TokenSupplier fromCheckout(Path root, PrintStream log) {
            Path script = root.resolve("deploy/local/token.sh");
            if (Files.isRegularFile(script) && Files.isDirectory(root.resolve(".run/keys"))) {
                log.println("==> Tokens from " + script);
                return new ScriptTokens(script);
            }
            log.println("==> No deploy/local/token.sh with .run/keys: calling without tokens");
            return TokenSupplier.none();
        }

        @Override
        public String token(Actor actor) {
            return cache.computeIfAbsent(actor.label(), k -> mint(actor));
        }

        private String mint(Actor actor) {
            List<String> command = new ArrayList<>(List.of("bash", script.toString(), actor.role(), actor.region()));
            if (actor.unitCode() != null) {
                command.add(actor.unitCode());
            }
            try {
                Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
                String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    throw new DemoLoadException(String.join(" ", command) + " failed");
                }
                String[] lines = out.split("\\R");
                return lines[lines.length - 1].strip();
            } catch (IOException e) {
                throw new DemoLoadException("cannot run " + script + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoLoadException("interrupted while minting a token", e);
            }
        }
    }
}
