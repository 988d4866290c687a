package org.jixiao.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
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
 * The role × resource × action matrix of docs/security.md for indicator-service, walked with real tokens against the
 * service port. Every caller but the unit reporter acts for the city 1101; the reporter belongs to unit {@link #OWN}
 * of district 110105.
 *
 * <p>Frameworks are shared reference data: one of each owner is tried, national (no owner), the enclosing province
 * 11, the caller's city 1101 and another province 12. Declarations are tried on the reporter's own unit, another unit
 * of the city (SIBLING) and a unit of another province (OUTSIDE). A refused write must leave every table as it was.
 */
@QuarkusTest
class IndicatorSecurityTest {
    private static final String NATIONAL = "national";
    private static final String PROVINCE = "11";
    private static final String CITY = "1101";
    private static final String OTHER_PROVINCE = "12";

    private static final String OWN = "SEC-I-OWN";
    private static final String SIBLING = "SEC-I-SIBLING";
    private static final String OUTSIDE = "SEC-I-OUTSIDE";
    private static final Map<String, String> REGION_OF = Map.of(OWN, "110105001", SIBLING, "110108002",
            OUTSIDE, "120101001");
    private static final int YEAR = 2024;

    private static final MatrixCallers CALLERS = new MatrixCallers(CITY, "AGENCY-1", REGION_OF.get(OWN), OWN);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final AtomicInteger FRESH_YEAR = new AtomicInteger(2030);

    /** The published national template every declaration of this test starts from, and one framework per owner. */
    private static String template;
    private static final Map<String, String> FRAMEWORK_OF = new java.util.HashMap<>();
    private static final Map<String, String> DECLARATION_OF = new java.util.HashMap<>();

    @Inject
    DataSource db;

    enum Action {
        FRAMEWORK_GET(false), FRAMEWORK_LISTED(false), FRAMEWORK_CREATE(true), FRAMEWORK_REPLACE(true),
        FRAMEWORK_PUBLISH(true), FRAMEWORK_NEW_VERSION(true), FRAMEWORK_DIFF(false), LIBRARY_SEARCH(false), LIBRARY_GET(false),
        DECLARATION_GET(false), DECLARATION_LISTED(false), DECLARATION_EXPORT(false), DECLARATION_CREATE(true),
        DECLARATION_EDIT(true), DECLARATION_SUBMIT(true), DECLARATION_RETURN(true), DECLARATION_APPROVE(true);

        final boolean writes;

        Action(boolean writes) {
            this.writes = writes;
        }
    }

    /** The status each role gets, in {@link RoleMatrix#ROLES} order; for *_LISTED, 200 = in the list, 0 = absent. */
    private static final RoleMatrix<Action, String> MATRIX = new RoleMatrix<Action, String>()
            //                                               admin evaluator district reporter viewer
            .row(Action.FRAMEWORK_GET, NATIONAL,               200, 200, 403, 200, 200)
            .row(Action.FRAMEWORK_GET, PROVINCE,               200, 200, 403, 200, 200)
            .row(Action.FRAMEWORK_GET, CITY,                   200, 200, 403, 200, 200)
            .row(Action.FRAMEWORK_GET, OTHER_PROVINCE,         404, 404, 403, 404, 404)
            .row(Action.FRAMEWORK_LISTED, NATIONAL,            200, 200, 403, 200, 200)
            .row(Action.FRAMEWORK_LISTED, PROVINCE,            200, 200, 403, 200, 200)
            .row(Action.FRAMEWORK_LISTED, CITY,                200, 200, 403, 200, 200)
            .row(Action.FRAMEWORK_LISTED, OTHER_PROVINCE,      0, 0, 403, 0, 0)
            .row(Action.FRAMEWORK_CREATE, CITY,                201, 403, 403, 403, 403)
            // readable shared data outside the write scope is 403 (step 4 of docs/security.md)
            .row(Action.FRAMEWORK_REPLACE, NATIONAL,           403, 403, 403, 403, 403)
            .row(Action.FRAMEWORK_REPLACE, PROVINCE,           403, 403, 403, 403, 403)
            .row(Action.FRAMEWORK_REPLACE, CITY,               200, 403, 403, 403, 403)
            .row(Action.FRAMEWORK_REPLACE, OTHER_PROVINCE,     404, 403, 403, 403, 403)
            .row(Action.FRAMEWORK_PUBLISH, NATIONAL,           403, 403, 403, 403, 403)
            .row(Action.FRAMEWORK_PUBLISH, PROVINCE,           403, 403, 403, 403, 403)
            .row(Action.FRAMEWORK_PUBLISH, CITY,               200, 403, 403, 403, 403)
            .row(Action.FRAMEWORK_PUBLISH, OTHER_PROVINCE,     404, 403, 403, 403, 403)
            .row(Action.FRAMEWORK_NEW_VERSION, NATIONAL,       403, 403, 403, 403, 403)
            .row(Action.FRAMEWORK_NEW_VERSION, PROVINCE,       403, 403, 403, 403, 403)
            .row(Action.FRAMEWORK_NEW_VERSION, CITY,           201, 403, 403, 403, 403)
            .row(Action.FRAMEWORK_NEW_VERSION, OTHER_PROVINCE, 404, 403, 403, 403, 403)
            .row(Action.FRAMEWORK_DIFF, NATIONAL,              200, 200, 403, 200, 200)
            .row(Action.FRAMEWORK_DIFF, PROVINCE,              200, 200, 403, 200, 200)
            .row(Action.FRAMEWORK_DIFF, CITY,                  200, 200, 403, 200, 200)
            .row(Action.FRAMEWORK_DIFF, OTHER_PROVINCE,        404, 404, 403, 404, 404)
            .row(Action.LIBRARY_SEARCH, NATIONAL,              200, 200, 403, 200, 200)
            .row(Action.LIBRARY_GET, NATIONAL,                 200, 200, 403, 200, 200)
            .row(Action.DECLARATION_GET, OWN,                  200, 200, 403, 200, 200)
            .row(Action.DECLARATION_GET, SIBLING,              200, 200, 403, 404, 200)
            .row(Action.DECLARATION_GET, OUTSIDE,              404, 404, 403, 404, 404)
            .row(Action.DECLARATION_LISTED, OWN,               200, 200, 403, 200, 200)
            .row(Action.DECLARATION_LISTED, SIBLING,           200, 200, 403, 0, 200)
            .row(Action.DECLARATION_LISTED, OUTSIDE,           0, 0, 403, 0, 0)
            .row(Action.DECLARATION_EXPORT, OWN,               200, 200, 403, 200, 200)
            .row(Action.DECLARATION_EXPORT, SIBLING,           200, 200, 403, 404, 200)
            .row(Action.DECLARATION_EXPORT, OUTSIDE,           404, 404, 403, 404, 404)
            .row(Action.DECLARATION_CREATE, OWN,               403, 403, 403, 201, 403)
            .row(Action.DECLARATION_CREATE, SIBLING,           403, 403, 403, 404, 403)
            .row(Action.DECLARATION_CREATE, OUTSIDE,           403, 403, 403, 404, 403)
            .row(Action.DECLARATION_EDIT, OWN,                 403, 403, 403, 200, 403)
            .row(Action.DECLARATION_EDIT, SIBLING,             403, 403, 403, 404, 403)
            .row(Action.DECLARATION_EDIT, OUTSIDE,             403, 403, 403, 404, 403)
            .row(Action.DECLARATION_SUBMIT, OWN,               403, 403, 403, 200, 403)
            .row(Action.DECLARATION_SUBMIT, SIBLING,           403, 403, 403, 404, 403)
            .row(Action.DECLARATION_SUBMIT, OUTSIDE,           403, 403, 403, 404, 403)
            .row(Action.DECLARATION_RETURN, OWN,               200, 403, 403, 403, 403)
            .row(Action.DECLARATION_RETURN, SIBLING,           200, 403, 403, 403, 403)
            .row(Action.DECLARATION_RETURN, OUTSIDE,           404, 403, 403, 403, 403)
            .row(Action.DECLARATION_APPROVE, OWN,              200, 403, 403, 403, 403)
            .row(Action.DECLARATION_APPROVE, SIBLING,          200, 403, 403, 403, 403)
            .row(Action.DECLARATION_APPROVE, OUTSIDE,          404, 403, 403, 403, 403);

    static Stream<Arguments> cases() {
        return MATRIX.cases();
    }

    private static RequestSpecification adminOf(String owner) {
        return owner.equals(NATIONAL) ? given() : given().auth().oauth2(Tokens.of(Tokens.FINANCE_ADMIN, owner, null));
    }

    private static RequestSpecification reporterOf(String unit) {
        return given().auth().oauth2(Tokens.of(Tokens.UNIT_REPORTER, REGION_OF.get(unit), unit));
    }

    private static String framework(String code) {
        return FrameworkResourceTest.SMALL.formatted(code, "2.5", "≥20个");
    }

    /** A new draft framework owned by {@code owner}, created by that region's finance-admin. */
    private static String draftOf(String owner) {
        return adminOf(owner).contentType(ContentType.JSON)
                .body(framework("sec-i-" + owner + "-" + SEQUENCE.incrementAndGet()))
                .post("/api/v1/frameworks").then().statusCode(201).extract().path("id");
    }

    /** A new draft declaration of {@code unit} for a year of its own, started by the unit's reporter. */
    private static String declarationOf(String unit, boolean submitted) {
        String id = reporterOf(unit).contentType(ContentType.JSON)
                .body(Map.of("unitCode", unit, "fiscalYear", FRESH_YEAR.incrementAndGet(), "templateId", template))
                .post("/api/v1/declarations").then().statusCode(201).extract().path("id");
        if (submitted) {
            reporterOf(unit).post("/api/v1/declarations/" + id + "/submit").then().statusCode(200);
        }
        return id;
    }

    @BeforeEach
    void frameworksAndDeclarations() {
        if (template != null) {
            return;
        }
        String id = draftOf(NATIONAL);
        given().post("/api/v1/frameworks/" + id + "/publish").then().statusCode(200);
        template = id;
        for (String owner : List.of(NATIONAL, PROVINCE, CITY, OTHER_PROVINCE)) {
            FRAMEWORK_OF.put(owner, draftOf(owner));
        }
        for (String unit : List.of(OWN, SIBLING, OUTSIDE)) {
            DECLARATION_OF.put(unit, reporterOf(unit).contentType(ContentType.JSON)
                    .body(Map.of("unitCode", unit, "fiscalYear", YEAR, "templateId", template))
                    .post("/api/v1/declarations").then().statusCode(201).extract().path("id"));
        }
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @MethodSource("cases")
    void theMatrixHolds(String role, Action action, String target, int expected) {
        String frameworks = "/api/v1/frameworks/";
        String declarations = "/api/v1/declarations/";
        // arranged before the snapshot: fresh objects for the writes that change state
        String id = switch (action) {
            case FRAMEWORK_REPLACE, FRAMEWORK_PUBLISH -> draftOf(target);
            case FRAMEWORK_GET, FRAMEWORK_LISTED, FRAMEWORK_NEW_VERSION, FRAMEWORK_DIFF -> FRAMEWORK_OF.get(target);
            case DECLARATION_SUBMIT -> declarationOf(target, false);
            case DECLARATION_RETURN, DECLARATION_APPROVE -> declarationOf(target, true);
            case LIBRARY_SEARCH, LIBRARY_GET, FRAMEWORK_CREATE, DECLARATION_CREATE -> null;
            default -> DECLARATION_OF.get(target);
        };
        String libraryId = action == Action.LIBRARY_GET
                ? given().queryParam("q", "新增就业岗位").get("/api/v1/library").then().extract().path("items[0].id") : null;
        TableSnapshot before = tables();

        RequestSpecification as = given().auth().oauth2(CALLERS.token(role));
        Response response = switch (action) {
            case FRAMEWORK_GET -> as.get(frameworks + id);
            case FRAMEWORK_LISTED -> as.queryParam("size", 500).get(frameworks);
            case FRAMEWORK_CREATE -> as.contentType(ContentType.JSON)
                    .body(framework("sec-i-new-" + SEQUENCE.incrementAndGet())).post(frameworks);
            case FRAMEWORK_REPLACE -> as.contentType(ContentType.JSON)
                    .body(framework(given().get(frameworks + id).then().extract().path("code")))
                    .put(frameworks + id);
            case FRAMEWORK_PUBLISH -> as.post(frameworks + id + "/publish");
            case FRAMEWORK_NEW_VERSION -> as.post(frameworks + id + "/versions");
            case FRAMEWORK_DIFF -> as.queryParam("against", id).get(frameworks + id + "/diff");
            case LIBRARY_SEARCH -> as.queryParam("q", "就业").get("/api/v1/library");
            case LIBRARY_GET -> as.get("/api/v1/library/" + libraryId);
            case DECLARATION_GET -> as.get(declarations + id);
            case DECLARATION_LISTED -> as.queryParam("size", 500).get(declarations);
            case DECLARATION_EXPORT -> as.get(declarations + id + "/xlsx");
            case DECLARATION_CREATE -> as.contentType(ContentType.JSON).body(Map.of("unitCode", target,
                    "fiscalYear", FRESH_YEAR.incrementAndGet(), "templateId", template,
                    "regionCode", REGION_OF.get(target))).post(declarations);
            case DECLARATION_EDIT -> as.contentType(ContentType.JSON).body("{\"weight\":2.5}")
                    .patch(declarations + id + "/indicators/2.1");
            case DECLARATION_SUBMIT -> as.post(declarations + id + "/submit");
            case DECLARATION_RETURN -> as.contentType(ContentType.JSON).body("{\"reason\":\"目标偏低\"}")
                    .post(declarations + id + "/return");
            case DECLARATION_APPROVE -> as.post(declarations + id + "/approve");
        };

        switch (action) {
            case FRAMEWORK_LISTED, DECLARATION_LISTED -> {
                if (expected == 403) {
                    response.then().statusCode(403).contentType("application/problem+json");
                } else {
                    response.then().statusCode(200).body("items.id", expected == 200 ? hasItem(id) : not(hasItem(id)));
                }
            }
            default -> {
                response.then().statusCode(expected);
                if (expected >= 400) {
                    response.then().contentType("application/problem+json");
                }
            }
        }
        if (expected == 404 && id != null) {
            // word for word the answer for an id that does not exist
            String what = action.name().startsWith("FRAMEWORK") ? "framework" : "declaration";
            response.then().body("detail", equalTo(what + " " + id + " does not exist"));
        }
        if (action.writes && expected >= 400) {
            assertEquals(before, tables(), "a refused write changed nothing");
        }
    }

    @Test
    void aMissingFrameworkAnswersExactlyLikeAnotherProvincesFramework() {
        String asCity = Tokens.of(Tokens.FINANCE_ADMIN, CITY, null);
        String hidden = FRAMEWORK_OF.get(OTHER_PROVINCE);
        String missing = "00000000-0000-4000-8000-000000000000";
        String hiddenDetail = given().auth().oauth2(asCity).get("/api/v1/frameworks/" + hidden)
                .then().statusCode(404).extract().path("detail");
        String missingDetail = given().auth().oauth2(asCity).get("/api/v1/frameworks/" + missing)
                .then().statusCode(404).extract().path("detail");
        assertEquals(hiddenDetail.replace(hidden, "X"), missingDetail.replace(missing, "X"));
        // a template of another province cannot be used either, and reads as unknown
        reporterOf(OWN).contentType(ContentType.JSON)
                .body(Map.of("unitCode", OWN, "fiscalYear", FRESH_YEAR.incrementAndGet(), "templateId", hidden))
                .post("/api/v1/declarations").then().statusCode(400).body("errors[0].code", equalTo("TEMPLATE_UNKNOWN"));
    }

    @Test
    void aCityCannotAddAVersionToTheProvincesFrameworkCode() {
        String provinceCode = given().get("/api/v1/frameworks/" + FRAMEWORK_OF.get(PROVINCE)).then().extract().path("code");
        TableSnapshot before = tables();
        given().auth().oauth2(Tokens.of(Tokens.FINANCE_ADMIN, CITY, null)).contentType(ContentType.JSON)
                .body(framework(provinceCode)).post("/api/v1/frameworks")
                .then().statusCode(403).contentType("application/problem+json");
        assertEquals(before, tables());
        adminOf(PROVINCE).contentType(ContentType.JSON).body(framework(provinceCode)).post("/api/v1/frameworks")
                .then().statusCode(201).body("ownerRegionCode", equalTo(PROVINCE)).body("version", equalTo(2));
    }

    static Stream<Arguments> refusedTokens() {
        return RefusedTokens.of(Tokens.FINANCE_ADMIN, CITY, null).forgedRegion("12").wrongIssuer().cases();
    }

    @ParameterizedTest(name = "{0} token → 401")
    @MethodSource("refusedTokens")
    void refusedTokensGet401AndChangeNothing(String kind, String token) throws Exception {
        String draft = FRAMEWORK_OF.get(CITY);
        TableSnapshot before = tables();
        for (HttpResponse<String> answer : List.of(
                send("GET", "/api/v1/frameworks/" + draft, token, null),
                send("POST", "/api/v1/frameworks/" + draft + "/publish", token, null),
                send("POST", "/api/v1/declarations/" + DECLARATION_OF.get(OWN) + "/submit", token, null))) {
            assertUnauthenticated(kind, answer);
        }
        assertEquals(before, tables());
    }

    /** Counts and content fingerprints of every table a write of this service touches. */
    private TableSnapshot tables() {
        return TableSnapshot.of(db,
                "select count(*) from framework",
                "select coalesce(sum(hashtext(status || tree::text || coalesce(published_at::text, ''))), 0)"
                        + " from framework",
                "select count(*) from declaration",
                "select coalesce(sum(hashtext(status || tree::text || coalesce(return_reason, ''))), 0)"
                        + " from declaration",
                "select coalesce(sum(usage_count), 0) from library_indicator",
                "select count(*) from outbox_message");
    }
}
