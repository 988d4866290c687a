package org.jixiao.report.rest;

import static io.restassured.RestAssured.given;
import static org.jixiao.testsupport.DirectCalls.assertUnauthenticated;
import static org.jixiao.testsupport.DirectCalls.send;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jixiao.report.DownstreamServices;
import org.jixiao.testsupport.MatrixCallers;
import org.jixiao.testsupport.RefusedTokens;
import org.jixiao.testsupport.RoleMatrix;
import org.jixiao.testsupport.TableSnapshot;
import org.jixiao.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The role × resource × action matrix of docs/security.md for report-service, walked with real tokens against the
 * service port. Every caller but the unit reporter acts for the city 6202; the evaluator's agency is
 * {@link DownstreamServices#AGENCY}; the reporter belongs to unit 620201001 (region 620201).
 *
 * <p>Reports are tried in four situations ({@link Target}): the reporter's own unit's report (generated from the
 * recorded evaluation, assigned to the agency), a sibling district's report assigned to the agency, one assigned to
 * another agency, and one in another city. The last three are copies of the first with unit, region and agency changed
 * in the row and in its source snapshot. Findings rules, shared reference data, are tried with each owner: national,
 * the province 62, the city 6202, another province 11, and a built-in rule. A refused write must leave every table as
 * it was.
 */
@QuarkusTest
class ReportSecurityTest {
    private static final String CITY = "6202";
    private static final String OTHER_AGENCY = "JYG-AGENCY-2";
    private static final String OWN_UNIT = DownstreamServices.UNIT;
    private static final String OWN_REGION = "620201";

    private static final MatrixCallers CALLERS = new MatrixCallers(CITY, DownstreamServices.AGENCY, OWN_REGION,
            OWN_UNIT);

    /** Whose a report is (unit, region, agency), or who owns a findings rule. */
    enum Target {
        OWN(null, OWN_UNIT, OWN_REGION, DownstreamServices.AGENCY),
        SIBLING_ASSIGNED("5ec00000-0000-4000-8000-0000000000a1", "620202005", "620202", DownstreamServices.AGENCY),
        SIBLING_OTHER_AGENCY("5ec00000-0000-4000-8000-0000000000a2", "620202006", "620202", OTHER_AGENCY),
        OUTSIDE("5ec00000-0000-4000-8000-0000000000a3", "620301007", "620301", DownstreamServices.AGENCY),
        // findings rule owners (region null: national)
        RULE_NATIONAL("sec-rule-national", null, null, null),
        RULE_PROVINCE("sec-rule-province", null, "62", null),
        RULE_OWN_CITY("sec-rule-city", null, CITY, null),
        RULE_OTHER_PROVINCE("sec-rule-other-province", null, "11", null),
        RULE_BUILT_IN("execution-exceeds-budget", null, null, null);

        /** For a copied report: its evaluation id (the report id is derived); for a rule: its id. */
        final String key;
        final String unit;
        final String region;
        final String agency;

        Target(String key, String unit, String region, String agency) {
            this.key = key;
            this.unit = unit;
            this.region = region;
            this.agency = agency;
        }

        boolean isRule() {
            return name().startsWith("RULE_");
        }
    }

    enum Action {
        GET(false), DOCUMENT(false), LISTED(false), GENERATE(true), REGENERATE(true), ADD_FINDING(true),
        RULE_GET(false), RULE_LISTED(false), RULE_CREATE(true), RULE_UPDATE(true), RULE_DELETE(true);

        final boolean writes;

        Action(boolean writes) {
            this.writes = writes;
        }
    }

    /** The status each role gets, in {@link RoleMatrix#ROLES} order; for the LISTED actions 200 = there, 0 = absent. */
    private static final RoleMatrix<Action, Target> MATRIX = new RoleMatrix<>();

    static {
        Target own = Target.OWN;
        Target sibling = Target.SIBLING_ASSIGNED;
        Target otherAgency = Target.SIBLING_OTHER_AGENCY;
        Target outside = Target.OUTSIDE;
        for (Action read : List.of(Action.GET, Action.DOCUMENT, Action.LISTED)) {
            int absent = read == Action.LISTED ? 0 : 404;
            //                              admin evaluator district reporter viewer
            MATRIX.row(read, own,         200, 200, 403, 200, 200);
            MATRIX.row(read, sibling,     200, 200, 403, absent, 200);
            MATRIX.row(read, otherAgency, 200, absent, 403, absent, 200);
            MATRIX.row(read, outside,     absent, absent, 403, absent, absent);
        }
        // the own evaluation's report exists already, so generating answers it (200)
        MATRIX.row(Action.GENERATE, own, 200, 403, 403, 403, 403);
        // only finance-admins regenerate, so every other role gets the 403 of a blank cell before anything is read.
        // An admin passes every scope check on the copies and then meets scoring, which does not know their
        // evaluations (400 UNKNOWN_EVALUATION)
        MATRIX.row(Action.REGENERATE, own,         200, 403, 403, 403, 403);
        MATRIX.row(Action.REGENERATE, sibling,     400, 403, 403, 403, 403);
        MATRIX.row(Action.REGENERATE, otherAgency, 400, 403, 403, 403, 403);
        MATRIX.row(Action.REGENERATE, outside,     404, 403, 403, 403, 403);
        // findings are added by finance-admins (R) and the assigned agency's evaluators (A)
        MATRIX.row(Action.ADD_FINDING, own,         201, 201, 403, 403, 403);
        MATRIX.row(Action.ADD_FINDING, sibling,     201, 201, 403, 403, 403);
        MATRIX.row(Action.ADD_FINDING, otherAgency, 201, 404, 403, 403, 403);
        MATRIX.row(Action.ADD_FINDING, outside,     404, 404, 403, 403, 403);

        for (Action read : List.of(Action.RULE_GET, Action.RULE_LISTED)) {
            int absent = read == Action.RULE_LISTED ? 0 : 404;
            for (Target usable : List.of(Target.RULE_NATIONAL, Target.RULE_PROVINCE, Target.RULE_OWN_CITY,
                    Target.RULE_BUILT_IN)) {
                MATRIX.row(read, usable, 200, 200, 200, 200, 200);
            }
            MATRIX.row(read, Target.RULE_OTHER_PROVINCE, absent, absent, absent, absent, absent);
        }
        MATRIX.row(Action.RULE_CREATE, Target.RULE_OWN_CITY, 201, 403, 403, 403, 403);
        // readable but owned by the nation or the province: 403; an id taken in a region the admin cannot see: 409,
        // exactly what POST answers for a taken id
        MATRIX.row(Action.RULE_UPDATE, Target.RULE_NATIONAL,       403, 403, 403, 403, 403);
        MATRIX.row(Action.RULE_UPDATE, Target.RULE_PROVINCE,       403, 403, 403, 403, 403);
        MATRIX.row(Action.RULE_UPDATE, Target.RULE_OWN_CITY,       200, 403, 403, 403, 403);
        MATRIX.row(Action.RULE_UPDATE, Target.RULE_OTHER_PROVINCE, 409, 403, 403, 403, 403);
        MATRIX.row(Action.RULE_UPDATE, Target.RULE_BUILT_IN,       403, 403, 403, 403, 403);
        MATRIX.row(Action.RULE_DELETE, Target.RULE_NATIONAL,       403, 403, 403, 403, 403);
        MATRIX.row(Action.RULE_DELETE, Target.RULE_PROVINCE,       403, 403, 403, 403, 403);
        MATRIX.row(Action.RULE_DELETE, Target.RULE_OWN_CITY,       204, 403, 403, 403, 403);
        MATRIX.row(Action.RULE_DELETE, Target.RULE_OTHER_PROVINCE, 404, 403, 403, 403, 403);
        MATRIX.row(Action.RULE_DELETE, Target.RULE_BUILT_IN,       403, 403, 403, 403, 403);
    }

    static Stream<Arguments> matrix() {
        return MATRIX.cases();
    }

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static String ownReportId;

    @Inject
    DataSource db;

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    /** The reports and rules every row needs, as they were before any row changed them. */
    @BeforeEach
    void situation() throws SQLException {
        if (ownReportId == null) {
            ownReportId = as(Tokens.of(Tokens.FINANCE_ADMIN, "CN", null)).contentType(ContentType.JSON)
                    .body(Map.of("evaluationId", DownstreamServices.FINANCE)).post("/api/v1/reports")
                    .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201)).extract().path("id");
        }
        for (Target t : List.of(Target.SIBLING_ASSIGNED, Target.SIBLING_OTHER_AGENCY, Target.OUTSIDE)) {
            copyOwnReport(t);
        }
        for (Target t : List.of(Target.RULE_NATIONAL, Target.RULE_PROVINCE, Target.RULE_OWN_CITY,
                Target.RULE_OTHER_PROVINCE)) {
            as(Tokens.of(Tokens.FINANCE_ADMIN, t.region == null ? "CN" : t.region, null)).contentType(ContentType.JSON)
                    .body(rule("支出进度偏慢。")).put("/api/v1/findings-rules/" + t.key)
                    .then().statusCode(200);
        }
    }

    private static String reportId(Target t) {
        return t == Target.OWN ? ownReportId : UUID.nameUUIDFromBytes(t.key.getBytes()).toString();
    }

    /** A copy of the own unit's report (row, documents and source snapshot) for another unit, region and agency. */
    private void copyOwnReport(Target t) throws SQLException {
        String id = reportId(t);
        try (Connection c = db.getConnection()) {
            try (PreparedStatement delete = c.prepareStatement("delete from report where id = ?::uuid")) {
                delete.setString(1, id);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("""
                    insert into report (id, evaluation_id, revision, unit_code, unit_name, region_code, fiscal_year,
                        evaluation_type, kind, title, total, grade, findings, sources, source_event_id, created_at,
                        updated_at, evaluator_agency)
                    select ?::uuid, ?::uuid, revision, ?, unit_name, ?, fiscal_year, evaluation_type, kind, title,
                        total, grade, findings,
                        jsonb_set(jsonb_set(jsonb_set(jsonb_set(sources, '{evaluation,id}', to_jsonb(?::text)),
                            '{evaluation,unitCode}', to_jsonb(?::text)), '{evaluation,regionCode}', to_jsonb(?::text)),
                            '{evaluation,evaluatorAgency}', to_jsonb(?::text)),
                        null, created_at, updated_at, ?
                    from report where id = ?::uuid""")) {
                int i = 1;
                insert.setString(i++, id);
                insert.setString(i++, t.key);
                insert.setString(i++, t.unit);
                insert.setString(i++, t.region);
                insert.setString(i++, t.key);
                insert.setString(i++, t.unit);
                insert.setString(i++, t.region);
                insert.setString(i++, t.agency);
                insert.setString(i++, t.agency);
                insert.setString(i, ownReportId);
                assertEquals(1, insert.executeUpdate(), "copied the own report");
            }
            try (PreparedStatement documents = c.prepareStatement("""
                    insert into report_document (report_id, format, media_type, content, sha256, size)
                    select ?::uuid, format, media_type, content, sha256, size from report_document
                    where report_id = ?::uuid""")) {
                documents.setString(1, id);
                documents.setString(2, ownReportId);
                documents.executeUpdate();
            }
        }
    }

    private static String rule(String finding) {
        return "{\"condition\": \"executionRate < 1%\", \"severity\": \"LOW\", \"findingTemplate\": \""
                + finding + "\"}";
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @MethodSource("matrix")
    void matrixGivesTheExactStatus(String role, Action action, Target target, int expected) {
        TableSnapshot before = tables();
        int status = perform(CALLERS.token(role), action, target);
        assertEquals(expected, status, role + " " + action + " " + target);
        if (action.writes && status >= 400) {
            assertEquals(before, tables(), "a refused " + action + " changed nothing");
        }
    }

    private int perform(String token, Action action, Target target) {
        String report = "/api/v1/reports/" + reportId(target);
        String rule = "/api/v1/findings-rules/" + target.key;
        return switch (action) {
            case GET -> as(token).get(report).statusCode();
            case DOCUMENT -> as(token).get(report + "/documents/html").statusCode();
            case LISTED -> listed(as(token).queryParam("size", 500).get("/api/v1/reports"), "items.id",
                    reportId(target));
            case GENERATE -> as(token).contentType(ContentType.JSON)
                    .body(Map.of("evaluationId", DownstreamServices.FINANCE)).post("/api/v1/reports").statusCode();
            case REGENERATE -> as(token).post(report + "/regenerate").statusCode();
            case ADD_FINDING -> as(token).contentType(ContentType.JSON)
                    .body(Map.of("severity", "LOW", "text", "凭证附件不全。")).post(report + "/findings").statusCode();
            case RULE_GET -> as(token).get(rule).statusCode();
            case RULE_LISTED -> listed(as(token).queryParam("size", 500).get("/api/v1/findings-rules"), "items.id",
                    target.key);
            case RULE_CREATE -> {
                Response created = as(token).contentType(ContentType.JSON)
                        .body(Map.of("id", "sec-new-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime(),
                                "condition", "executionRate < 1%", "severity", "LOW", "findingTemplate", "新规则。"))
                        .post("/api/v1/findings-rules");
                if (created.statusCode() == 201) {
                    assertEquals(CITY, created.path("ownerRegionCode"), "a rule belongs to its creator's region");
                }
                yield created.statusCode();
            }
            case RULE_UPDATE -> as(token).contentType(ContentType.JSON).body(rule("改写。")).put(rule).statusCode();
            case RULE_DELETE -> as(token).delete(rule).statusCode();
        };
    }

    /** 200 when the list holds the id, 0 when it does not, else the list's own status. */
    private static int listed(Response list, String path, String id) {
        if (list.statusCode() != 200) {
            return list.statusCode();
        }
        List<String> ids = list.path(path);
        return ids.contains(id) ? 200 : 0;
    }

    @Test
    void outOfScopeIdsAnswerWordForWordLikeMissingOnes() {
        String viewer = CALLERS.token(Tokens.VIEWER);
        String outside = reportId(Target.OUTSIDE);
        String missing = UUID.randomUUID().toString();
        String hidden = as(viewer).get("/api/v1/reports/" + outside).then().statusCode(404).extract().path("detail");
        String absent = as(viewer).get("/api/v1/reports/" + missing).then().statusCode(404).extract().path("detail");
        assertEquals(absent.replace(missing, outside), hidden);
        String ruleHidden = as(viewer).get("/api/v1/findings-rules/" + Target.RULE_OTHER_PROVINCE.key)
                .then().statusCode(404).extract().path("detail");
        String ruleAbsent = as(viewer).get("/api/v1/findings-rules/sec-no-such-rule")
                .then().statusCode(404).extract().path("detail");
        assertEquals(ruleAbsent.replace("sec-no-such-rule", Target.RULE_OTHER_PROVINCE.key), ruleHidden);
    }

    @Test
    void generatingForAnEvaluationOfAnotherRegionIsLikeAnUnknownEvaluation() {
        String otherCity = Tokens.of(Tokens.FINANCE_ADMIN, "6203", null);
        TableSnapshot before = tables();
        String hidden = as(otherCity).contentType(ContentType.JSON)
                .body(Map.of("evaluationId", DownstreamServices.FINANCE)).post("/api/v1/reports")
                .then().statusCode(400).extract().path("errors[0].code");
        assertEquals("UNKNOWN_EVALUATION", hidden);
        assertEquals(before, tables());
    }

    @Test
    void listsFilterInTheQueryAndCountOnlyTheCallersScope() {
        // asking for a wider region than one's own gives one's own part of it; another region gives nothing
        int cityTotal = as(CALLERS.token(Tokens.FINANCE_ADMIN)).queryParam("regionCode", "62").get("/api/v1/reports")
                .then().statusCode(200).extract().path("total");
        List<String> cityIds = as(CALLERS.token(Tokens.FINANCE_ADMIN)).queryParam("regionCode", "62")
                .queryParam("size", 500).get("/api/v1/reports").then().extract().path("items.id");
        assertEquals(cityIds.size(), cityTotal);
        assertEquals(false, cityIds.contains(reportId(Target.OUTSIDE)));
        as(CALLERS.token(Tokens.VIEWER)).queryParam("regionCode", "6203").get("/api/v1/reports")
                .then().statusCode(200).body("total", org.hamcrest.Matchers.equalTo(0));
        // an evaluator without an agency, and any caller without a region claim, see nothing
        as(Tokens.of(Tokens.EVALUATOR, CITY, null)).get("/api/v1/reports")
                .then().statusCode(200).body("total", org.hamcrest.Matchers.equalTo(0));
        as(Tokens.of(Tokens.VIEWER, null, null)).get("/api/v1/reports")
                .then().statusCode(200).body("total", org.hamcrest.Matchers.equalTo(0));
        as(Tokens.of(Tokens.VIEWER, null, null)).get("/api/v1/findings-rules")
                .then().statusCode(200).body("total", org.hamcrest.Matchers.equalTo(0))
                .body("items.size()", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void aRegionsRulesApplyOnlyToReportsInsideIt() {
        String national = Tokens.of(Tokens.FINANCE_ADMIN, "CN", null);
        // a rule that fires on every report, owned by another province, then by the report's own city
        as(Tokens.of(Tokens.FINANCE_ADMIN, "11", null)).contentType(ContentType.JSON)
                .body(rule("北京规则。").replace("executionRate < 1%", "executionRate > 0"))
                .put("/api/v1/findings-rules/sec-fires-elsewhere").then().statusCode(200);
        as(Tokens.of(Tokens.FINANCE_ADMIN, CITY, null)).contentType(ContentType.JSON)
                .body(rule("本市规则。").replace("executionRate < 1%", "executionRate > 0"))
                .put("/api/v1/findings-rules/sec-fires-here").then().statusCode(200);
        List<String> rules = as(national).post("/api/v1/reports/" + ownReportId + "/regenerate")
                .then().statusCode(200).extract().path("findings.ruleId");
        assertEquals(true, rules.contains("sec-fires-here"), "the city's rule applies to its district's report");
        assertEquals(false, rules.contains("sec-fires-elsewhere"), "another province's rule does not");
        as(national).delete("/api/v1/findings-rules/sec-fires-here").then().statusCode(204);
        as(national).delete("/api/v1/findings-rules/sec-fires-elsewhere").then().statusCode(204);
    }

    static Stream<Arguments> refusedTokens() {
        return RefusedTokens.of(Tokens.FINANCE_ADMIN, CITY, null).forgedRegion("CN").cases();
    }

    @ParameterizedTest(name = "{0} token → 401")
    @MethodSource("refusedTokens")
    void refusedTokensGet401AndChangeNothing(String kind, String token) throws Exception {
        TableSnapshot before = tables();
        for (HttpResponse<String> answer : List.of(
                send("GET", "/api/v1/reports", token, null),
                send("GET", "/api/v1/reports/" + ownReportId, token, null),
                send("POST", "/api/v1/reports/" + ownReportId + "/findings", token,
                        "{\"severity\": \"LOW\", \"text\": \"不应保存。\"}"),
                send("POST", "/api/v1/reports/" + ownReportId + "/regenerate", token, null),
                send("GET", "/api/v1/findings-rules", token, null),
                send("PUT", "/api/v1/findings-rules/" + Target.RULE_OWN_CITY.key, token, rule("不应保存。")),
                send("DELETE", "/api/v1/findings-rules/" + Target.RULE_OWN_CITY.key, token, null))) {
            assertUnauthenticated(kind, answer);
        }
        assertEquals(before, tables());
    }

    /** A fingerprint of every row a write of this service touches. */
    private TableSnapshot tables() {
        return TableSnapshot.of(db,
                "select string_agg(id || region_code || coalesce(evaluator_agency, '') || updated_at::text"
                        + " || md5(findings::text) || md5(sources::text), ',' order by id) from report",
                "select string_agg(report_id || format || sha256, ',' order by report_id, format)"
                        + " from report_document",
                "select count(*) from report_entered_finding",
                "select string_agg(id || coalesce(owner_region, '') || condition || finding_template"
                        + " || enabled || updated_at::text, ',' order by id) from findings_rule",
                "select count(*) from outbox_message");
    }
}
