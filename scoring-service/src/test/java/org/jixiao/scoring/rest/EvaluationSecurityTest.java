package org.jixiao.scoring.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.jixiao.testsupport.DirectCalls.assertUnauthenticated;
import static org.jixiao.testsupport.DirectCalls.send;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jixiao.scoring.DownstreamServices;
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
 * The role × resource × action matrix of docs/security.md for scoring-service, walked with real tokens against the
 * service port. Every caller but the unit reporter acts for the city 4201; the evaluator's agency is {@link #AGENCY};
 * the reporter belongs to unit 420115101.
 *
 * <p>Evaluations are tried in five situations ({@link Target}): the reporter's own SELF evaluation, their unit's
 * FINANCE evaluation, another unit's evaluation assigned to the agency, one assigned to another agency, and one in
 * another city. Grade schemes, shared reference data, are tried with each owner: national, the province 42, the city
 * 4201 and another province 11. A refused write must leave every table as it was.
 */
@QuarkusTest
class EvaluationSecurityTest {
    private static final String CITY = "4201";
    private static final String AGENCY = "SEC-AGENCY-A";
    private static final String OTHER_AGENCY = "SEC-AGENCY-B";
    private static final String OWN_UNIT = "420115101";
    private static final String SIBLING_UNIT = "420116102";
    private static final String OUTSIDE_UNIT = "420201103";
    /** Base evaluations are opened in this year and stay DRAFT; finalized ones (for analytics) in the year before. */
    private static final int YEAR = DownstreamServices.YEAR;
    private static final int FINALIZED_YEAR = YEAR - 1;

    private static final MatrixCallers CALLERS = new MatrixCallers(CITY, AGENCY, OWN_UNIT, OWN_UNIT);

    /** Who an evaluation belongs to: unit, type and assigned agency. */
    enum Target {
        OWN_SELF(OWN_UNIT, "SELF", AGENCY),
        OWN_FINANCE(OWN_UNIT, "FINANCE", AGENCY),
        SIBLING_ASSIGNED(SIBLING_UNIT, "FINANCE", AGENCY),
        SIBLING_OTHER_AGENCY(SIBLING_UNIT, "DEPARTMENT", OTHER_AGENCY),
        OUTSIDE(OUTSIDE_UNIT, "FINANCE", AGENCY),
        // grade scheme owners
        NATIONAL(null, null, null), PROVINCE(null, null, null), OWN_CITY(null, null, null),
        OTHER_PROVINCE(null, null, null);

        final String unit;
        final String type;
        final String agency;
        /** Fresh evaluations of this target take the next year, so that (unit, year, type) stays unique. */
        final AtomicInteger nextYear = new AtomicInteger(2030);

        Target(String unit, String type, String agency) {
            this.unit = unit;
            this.type = type;
            this.agency = agency;
        }
    }

    private static final Map<Target, String> OWNER_REGION = Map.of(Target.PROVINCE, "42", Target.OWN_CITY, CITY,
            Target.OTHER_PROVINCE, "11");

    enum Action {
        GET(false), INPUTS_GET(false), LISTED(false), OPEN(true), INPUTS_PUT(true), FRONT_MATTER_PUT(true), REPORTED_SCORES_PUT(true),
        SURVEYS_PUT(true), SUBMIT(true), RETURN(true), APPROVE(true), FINALIZE(true), REOPEN(true),
        REFRESH_SNAPSHOT(true), RANKED(false), COUNTED(false), RESCORE_START(true),
        SCHEME_GET(false), SCHEME_LISTED(false), SCHEME_CREATE(true), SCHEME_UPDATE(true);

        final boolean writes;

        Action(boolean writes) {
            this.writes = writes;
        }
    }

    /**
     * The status each role gets, in {@link RoleMatrix#ROLES} order; for LISTED, RANKED, COUNTED: 200 = there, 0 =
     * absent.
     */
    private static final RoleMatrix<Action, Target> MATRIX = new RoleMatrix<>();

    static {
        Target own = Target.OWN_SELF;
        Target ownFinance = Target.OWN_FINANCE;
        Target sibling = Target.SIBLING_ASSIGNED;
        Target otherAgency = Target.SIBLING_OTHER_AGENCY;
        Target outside = Target.OUTSIDE;
        for (Action read : List.of(Action.GET, Action.INPUTS_GET, Action.LISTED, Action.RANKED, Action.COUNTED)) {
            int absent = read == Action.GET || read == Action.INPUTS_GET ? 404 : 0;
            //                              admin evaluator district reporter viewer
            MATRIX.row(read, own,         200, 200, 403, 200, 200);
            MATRIX.row(read, ownFinance,  200, 200, 403, 200, 200);
            MATRIX.row(read, sibling,     200, 200, 403, absent, 200);
            MATRIX.row(read, otherAgency, 200, absent, 403, absent, 200);
            MATRIX.row(read, outside,     absent, absent, 403, absent, absent);
        }
        // a unit reporter opens only their unit's SELF evaluation; a unit outside the region is UNKNOWN_UNIT (400),
        // exactly like a unit that does not exist
        MATRIX.row(Action.OPEN, own,         201, 403, 403, 201, 403);
        MATRIX.row(Action.OPEN, ownFinance,  201, 403, 403, 403, 403);
        MATRIX.row(Action.OPEN, sibling,     201, 403, 403, 403, 403);
        MATRIX.row(Action.OPEN, otherAgency, 201, 403, 403, 403, 403);
        MATRIX.row(Action.OPEN, outside,     400, 403, 403, 403, 403);
        for (Action input : List.of(Action.INPUTS_PUT, Action.FRONT_MATTER_PUT, Action.REPORTED_SCORES_PUT,
                Action.SURVEYS_PUT)) {
            // the reporter reads their unit's FINANCE evaluation but may not change it: 403
            MATRIX.row(input, own,         200, 200, 403, 200, 403);
            MATRIX.row(input, ownFinance,  200, 200, 403, 403, 403);
            MATRIX.row(input, sibling,     200, 200, 403, 404, 403);
            MATRIX.row(input, otherAgency, 200, 404, 403, 404, 403);
            MATRIX.row(input, outside,     404, 404, 403, 404, 403);
        }
        MATRIX.row(Action.SUBMIT, own,         403, 200, 403, 200, 403);
        MATRIX.row(Action.SUBMIT, ownFinance,  403, 200, 403, 403, 403);
        MATRIX.row(Action.SUBMIT, sibling,     403, 200, 403, 404, 403);
        MATRIX.row(Action.SUBMIT, otherAgency, 403, 404, 403, 404, 403);
        MATRIX.row(Action.SUBMIT, outside,     403, 404, 403, 404, 403);
        for (Action manage : List.of(Action.RETURN, Action.APPROVE, Action.FINALIZE, Action.REOPEN,
                Action.REFRESH_SNAPSHOT)) {
            int ok = manage == Action.REOPEN ? 201 : 200;
            for (Target t : List.of(own, ownFinance, sibling, otherAgency)) {
                MATRIX.row(manage, t, ok, 403, 403, 403, 403);
            }
            MATRIX.row(manage, outside, 404, 403, 403, 403, 403);
        }
        MATRIX.row(Action.RESCORE_START, own,     202, 403, 403, 403, 403);
        MATRIX.row(Action.RESCORE_START, outside, 404, 403, 403, 403, 403);
        for (Action read : List.of(Action.SCHEME_GET, Action.SCHEME_LISTED)) {
            int absent = read == Action.SCHEME_GET ? 404 : 0;
            MATRIX.row(read, Target.NATIONAL,       200, 200, 403, 200, 200);
            MATRIX.row(read, Target.PROVINCE,       200, 200, 403, 200, 200);
            MATRIX.row(read, Target.OWN_CITY,       200, 200, 403, 200, 200);
            MATRIX.row(read, Target.OTHER_PROVINCE, absent, absent, 403, absent, absent);
        }
        MATRIX.row(Action.SCHEME_CREATE, Target.OWN_CITY, 201, 403, 403, 403, 403);
        // readable shared data outside the write scope is 403 (step 4 of docs/security.md)
        MATRIX.row(Action.SCHEME_UPDATE, Target.NATIONAL,       403, 403, 403, 403, 403);
        MATRIX.row(Action.SCHEME_UPDATE, Target.PROVINCE,       403, 403, 403, 403, 403);
        MATRIX.row(Action.SCHEME_UPDATE, Target.OWN_CITY,       200, 403, 403, 403, 403);
        MATRIX.row(Action.SCHEME_UPDATE, Target.OTHER_PROVINCE, 404, 403, 403, 403, 403);
    }

    static Stream<Arguments> cases() {
        return MATRIX.cases();
    }

    private static final Map<Target, String> BASE = new HashMap<>();
    private static final Map<Target, String> FINALIZED = new HashMap<>();
    private static final Map<Target, String> SCHEME = new HashMap<>();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Inject
    DataSource db;

    private static RequestSpecification asAgency(String agency) {
        return given().auth().oauth2(Tokens.of(Tokens.EVALUATOR, "CN", agency));
    }

    private static Map<String, Object> openRequest(Target t, int year) {
        return Map.of("unitCode", t.unit, "fiscalYear", year, "type", t.type,
                "frameworkId", DownstreamServices.FRAMEWORK_ID, "evaluatorAgency", t.agency);
    }

    /** An evaluation of {@code t} in a year of its own, moved on (by the national finance-admin and the agency). */
    private static String fresh(Target t, String status) {
        String id = given().contentType(ContentType.JSON).body(openRequest(t, t.nextYear.incrementAndGet()))
                .post(EvaluationFixtures.BASE).then().statusCode(201).extract().path("id");
        String base = EvaluationFixtures.BASE + "/" + id;
        if (status.equals("DRAFT")) {
            return id;
        }
        given().contentType(ContentType.JSON).body(EvaluationFixtures.inputsForTotal("80")).put(base + "/inputs")
                .then().statusCode(200);
        if (status.equals("COMPLETE")) {
            return id;
        }
        asAgency(t.agency).post(base + "/submit").then().statusCode(200);
        if (!status.equals("SUBMITTED")) {
            given().post(base + "/approve").then().statusCode(200);
            if (!status.equals("APPROVED")) {
                given().post(base + "/finalize").then().statusCode(200);
            }
        }
        return id;
    }

    private static String scheme(Target owner) {
        return owner == Target.NATIONAL ? "NATIONAL" : SCHEME.get(owner);
    }

    private static String schemeBody(String code) {
        return """
                {"code":"%s","name":"测试等级","bands":[{"label":"差","lowerInclusive":0},{"label":"优","lowerInclusive":90}]}
                """.formatted(code);
    }

    @BeforeEach
    void evaluationsAndSchemes() {
        if (!BASE.isEmpty()) {
            return;
        }
        for (Target t : List.of(Target.OWN_SELF, Target.OWN_FINANCE, Target.SIBLING_ASSIGNED,
                Target.SIBLING_OTHER_AGENCY, Target.OUTSIDE)) {
            BASE.put(t, given().contentType(ContentType.JSON).body(openRequest(t, YEAR))
                    .post(EvaluationFixtures.BASE).then().statusCode(201).extract().path("id"));
            String finalized = given().contentType(ContentType.JSON).body(openRequest(t, FINALIZED_YEAR))
                    .post(EvaluationFixtures.BASE).then().statusCode(201).extract().path("id");
            String base = EvaluationFixtures.BASE + "/" + finalized;
            given().contentType(ContentType.JSON).body(EvaluationFixtures.inputsForTotal("80")).put(base + "/inputs")
                    .then().statusCode(200);
            asAgency(t.agency).post(base + "/submit").then().statusCode(200);
            given().post(base + "/approve").then().statusCode(200);
            given().post(base + "/finalize").then().statusCode(200);
            FINALIZED.put(t, finalized);
        }
        OWNER_REGION.forEach((owner, region) -> {
            String code = "SEC-" + owner.name();
            given().auth().oauth2(Tokens.of(Tokens.FINANCE_ADMIN, region, null)).contentType(ContentType.JSON)
                    .body(schemeBody(code)).post("/api/v1/grade-schemes").then().statusCode(201)
                    .body("ownerRegionCode", equalTo(region));
            SCHEME.put(owner, code);
        });
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @MethodSource("cases")
    void theMatrixHolds(String role, Action action, Target target, int expected) {
        // arranged before the snapshot: fresh evaluations for the moves that change state
        String id = switch (action) {
            case SUBMIT -> fresh(target, "COMPLETE");
            case RETURN, APPROVE -> fresh(target, "SUBMITTED");
            case FINALIZE -> fresh(target, "APPROVED");
            case REOPEN -> fresh(target, "FINALIZED");
            case RANKED, COUNTED -> FINALIZED.get(target);
            case SCHEME_GET, SCHEME_LISTED, SCHEME_UPDATE -> scheme(target);
            case OPEN, RESCORE_START, SCHEME_CREATE -> null;
            default -> BASE.get(target);
        };
        TableSnapshot before = tables();

        String evaluation = EvaluationFixtures.BASE + "/" + id;
        RequestSpecification as = given().auth().oauth2(CALLERS.token(role));
        Response response = switch (action) {
            case GET -> as.get(evaluation);
            case INPUTS_GET -> as.get(evaluation + "/inputs");
            case LISTED -> as.queryParam("regionCode", "42").queryParam("size", 500).get(EvaluationFixtures.BASE);
            case OPEN -> as.contentType(ContentType.JSON).body(openRequest(target, target.nextYear.incrementAndGet()))
                    .post(EvaluationFixtures.BASE);
            case INPUTS_PUT -> as.contentType(ContentType.JSON).body(EvaluationFixtures.inputsForTotal("70"))
                    .put(evaluation + "/inputs");
            case FRONT_MATTER_PUT -> as.contentType(ContentType.JSON)
                    .body(Map.of("assetInventoryCount", SEQUENCE.incrementAndGet() % 3, "resultApplicationRate", 50))
                    .put(evaluation + "/front-matter");
            case REPORTED_SCORES_PUT -> as.contentType(ContentType.JSON).body("{\"total\":" + (60 + SEQUENCE.incrementAndGet() % 40) + "}")
                    .put(evaluation + "/reported-scores");
            case SURVEYS_PUT -> as.contentType(ContentType.JSON).body("{\"surveys\":[{\"respondentGroup\":\"residents\","
                    + "\"issued\":40,\"valid\":38,\"satisfied\":" + (SEQUENCE.incrementAndGet() % 38) + "}]}")
                    .put(evaluation + "/surveys");
            case SUBMIT -> as.post(evaluation + "/submit");
            case RETURN -> as.contentType(ContentType.JSON).body("{\"reason\":\"样本不足\"}").post(evaluation + "/return");
            case APPROVE -> as.post(evaluation + "/approve");
            case FINALIZE -> as.post(evaluation + "/finalize");
            case REOPEN -> as.post(evaluation + "/reopen");
            case REFRESH_SNAPSHOT -> as.post(evaluation + "/refresh-snapshot");
            case RANKED -> as.queryParam("regionCode", "42").queryParam("fiscalYear", FINALIZED_YEAR).queryParam("size", 500)
                    .get("/api/v1/analytics/ranking");
            case COUNTED -> as.queryParam("regionCode", target.unit).queryParam("fiscalYear", FINALIZED_YEAR)
                    .queryParam("type", target.type).get("/api/v1/analytics/grade-distribution");
            // a year without evaluations: the background job then changes nothing the other cases compare
            case RESCORE_START -> as.contentType(ContentType.JSON)
                    .body(Map.of("regionCode", target.unit, "fiscalYear", 2099)).post("/api/v1/evaluations/rescore-jobs");
            case SCHEME_GET -> as.get("/api/v1/grade-schemes/" + id);
            case SCHEME_LISTED -> as.queryParam("size", 500).get("/api/v1/grade-schemes");
            case SCHEME_CREATE -> as.contentType(ContentType.JSON)
                    .body(schemeBody("SEC-NEW-" + SEQUENCE.incrementAndGet())).post("/api/v1/grade-schemes");
            case SCHEME_UPDATE -> as.contentType(ContentType.JSON)
                    .body("{\"name\":\"改名" + SEQUENCE.incrementAndGet() + "\",\"bands\":[{\"label\":\"差\","
                            + "\"lowerInclusive\":0},{\"label\":\"优\",\"lowerInclusive\":85}]}")
                    .put("/api/v1/grade-schemes/" + id);
        };

        boolean presence = action == Action.LISTED || action == Action.RANKED || action == Action.COUNTED
                || action == Action.SCHEME_LISTED;
        if (presence && expected != 403) {
            if (action != Action.COUNTED) {
                // one page holds the whole list, so that "absent" means absent from the list
                response.then().statusCode(200).body("total", lessThanOrEqualTo(500));
            }
            switch (action) {
                case LISTED -> response.then().statusCode(200)
                        .body("items.id", expected == 200 ? hasItem(id) : not(hasItem(id)));
                case RANKED -> response.then().statusCode(200)
                        .body("items.evaluationId", expected == 200 ? hasItem(id) : not(hasItem(id)));
                case COUNTED -> response.then().statusCode(200).body("evaluations", equalTo(expected == 200 ? 1 : 0));
                default -> response.then().statusCode(200)
                        .body("items.code", expected == 200 ? hasItem(id) : not(hasItem(id)));
            }
        } else {
            response.then().statusCode(expected);
            if (expected >= 400) {
                response.then().contentType("application/problem+json");
            }
        }
        if (expected == 404 && id != null) {
            // word for word the answer for an id that does not exist
            String what = action.name().startsWith("SCHEME") ? "grade scheme" : "evaluation";
            response.then().body("detail", equalTo(what + " " + id + " does not exist"));
        }
        if (expected == 400) {
            response.then().body("errors[0].code", equalTo("UNKNOWN_UNIT"));
        }
        if (action.writes && expected >= 400) {
            assertEquals(before, tables(), "a refused write changed nothing");
        }
    }

    @Test
    void aReporterCannotOpenTheSelfEvaluationOfAnotherUnit() {
        TableSnapshot before = tables();
        given().auth().oauth2(CALLERS.token(Tokens.UNIT_REPORTER)).contentType(ContentType.JSON)
                .body(Map.of("unitCode", SIBLING_UNIT, "fiscalYear", 2099, "type", "SELF",
                        "frameworkId", DownstreamServices.FRAMEWORK_ID))
                .post(EvaluationFixtures.BASE)
                .then().statusCode(400).body("errors[0].code", equalTo("UNKNOWN_UNIT"));
        assertEquals(before, tables());
    }

    @Test
    void anotherRegionsGradeSchemeCannotBeNamedByANewEvaluation() {
        given().auth().oauth2(CALLERS.token(Tokens.FINANCE_ADMIN)).contentType(ContentType.JSON)
                .body(Map.of("unitCode", SIBLING_UNIT, "fiscalYear", 2098, "type", "SELF",
                        "frameworkId", DownstreamServices.FRAMEWORK_ID, "gradeScheme", scheme(Target.OTHER_PROVINCE)))
                .post(EvaluationFixtures.BASE)
                .then().statusCode(400).body("errors[0].code", equalTo("UNKNOWN_GRADE_SCHEME"));
    }

    @Test
    void anEvaluatorWithoutAnAgencySeesNothing() {
        String noAgency = Tokens.of(Tokens.EVALUATOR, CITY, null);
        given().auth().oauth2(noAgency).get(EvaluationFixtures.BASE + "/" + BASE.get(Target.SIBLING_ASSIGNED))
                .then().statusCode(404);
        given().auth().oauth2(noAgency).queryParam("regionCode", "42").get(EvaluationFixtures.BASE)
                .then().statusCode(200).body("items.size()", equalTo(0)).body("total", equalTo(0));
    }

    static Stream<Arguments> refusedTokens() {
        return RefusedTokens.of(Tokens.FINANCE_ADMIN, CITY, null).forgedRegion("42").wrongIssuer().cases();
    }

    @ParameterizedTest(name = "{0} token → 401")
    @MethodSource("refusedTokens")
    void refusedTokensGet401AndChangeNothing(String kind, String token) throws Exception {
        String id = BASE.get(Target.SIBLING_ASSIGNED);
        TableSnapshot before = tables();
        for (HttpResponse<String> answer : List.of(
                send("GET", EvaluationFixtures.BASE + "/" + id, token, null),
                send("PUT", EvaluationFixtures.BASE + "/" + id + "/inputs", token,
                        EvaluationFixtures.inputsForTotal("90")),
                send("POST", "/api/v1/grade-schemes", token, schemeBody("SEC-REFUSED")))) {
            assertUnauthenticated(kind, answer);
        }
        assertEquals(before, tables());
    }

    /** Counts and content fingerprints of every table a write of this service touches. */
    private TableSnapshot tables() {
        return TableSnapshot.of(db,
                "select count(*) from evaluation",
                "select coalesce(sum(hashtext(status || updated_at::text || coalesce(total::text, '')"
                        + " || coalesce(reported_scores::text, '') || coalesce(surveys::text, ''))), 0) from evaluation",
                "select count(*) from evaluation_input",
                "select coalesce(sum(hashtext(updated_at::text)), 0) from evaluation_input",
                "select count(*) from grade_scheme",
                "select coalesce(sum(hashtext(name || bands::text)), 0) from grade_scheme",
                "select count(*) from rescore_job",
                "select count(*) from outbox_message");
    }
}
