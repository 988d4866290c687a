package org.jixiao.budget.rest;

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
 * The role × resource × action matrix of docs/security.md for budget-service, walked with real tokens against the
 * service port. Every caller but the unit reporter acts for the city 1101; the reporter belongs to unit {@link #OWN}.
 * Each action is tried on three units: the reporter's own one (OWN), another unit of the same city (SIBLING) and a
 * unit of another province (OUTSIDE). A refused write must leave every table as it was.
 */
@QuarkusTest
class BudgetSecurityTest {
    private static final String OWN = "SEC-B-OWN";
    private static final String SIBLING = "SEC-B-SIBLING";
    private static final String OUTSIDE = "SEC-B-OUTSIDE";
    private static final Map<String, String> REGION_OF = Map.of(OWN, "110105001", SIBLING, "110108002",
            OUTSIDE, "120101001");
    private static final int YEAR = 2023;
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final MatrixCallers CALLERS = new MatrixCallers("1101", "AGENCY-1", REGION_OF.get(OWN), OWN);

    @Inject
    DataSource db;

    enum Action {
        UNIT_GET(false), UNIT_LISTED(false), UNIT_REGISTER(true), PROFILE_GET(false), PROFILE_PUT(true),
        BUDGET_GET(false), BUDGET_HISTORY(false), BUDGET_METRICS(false), BUDGET_PUT(true), BUDGET_IMPORT(true),
        IMPORT_TEMPLATE(false), AGGREGATE_COUNTED(false);

        final boolean writes;

        Action(boolean writes) {
            this.writes = writes;
        }
    }

    /**
     * A line of the matrix: the action, the unit and the status each role gets, in {@link RoleMatrix#ROLES} order. For
     * UNIT_LISTED and AGGREGATE_COUNTED, 200 means the unit is in the list or the sum, 0 that it is simply absent.
     */
    private static final RoleMatrix<Action, String> MATRIX = new RoleMatrix<Action, String>()
            //                                   admin evaluator district reporter viewer
            .row(Action.UNIT_GET, OWN,              200, 200, 200, 200, 200)
            .row(Action.UNIT_GET, SIBLING,          200, 200, 200, 404, 200)
            .row(Action.UNIT_GET, OUTSIDE,          404, 404, 404, 404, 404)
            .row(Action.UNIT_LISTED, OWN,           200, 200, 200, 200, 200)
            .row(Action.UNIT_LISTED, SIBLING,       200, 200, 200, 0, 200)
            .row(Action.UNIT_LISTED, OUTSIDE,       0, 0, 0, 0, 0)
            .row(Action.UNIT_REGISTER, OWN,         201, 403, 201, 403, 403)
            .row(Action.UNIT_REGISTER, OUTSIDE,     404, 403, 404, 403, 403)
            .row(Action.PROFILE_GET, OWN,           200, 200, 200, 200, 200)
            .row(Action.PROFILE_GET, SIBLING,       200, 200, 200, 404, 200)
            .row(Action.PROFILE_GET, OUTSIDE,       404, 404, 404, 404, 404)
            .row(Action.PROFILE_PUT, OWN,           200, 403, 200, 200, 403)
            .row(Action.PROFILE_PUT, SIBLING,       200, 403, 200, 404, 403)
            .row(Action.PROFILE_PUT, OUTSIDE,       404, 403, 404, 404, 403)
            .row(Action.BUDGET_GET, OWN,            200, 200, 200, 200, 200)
            .row(Action.BUDGET_GET, SIBLING,        200, 200, 200, 404, 200)
            .row(Action.BUDGET_GET, OUTSIDE,        404, 404, 404, 404, 404)
            .row(Action.BUDGET_HISTORY, OWN,        200, 200, 200, 200, 200)
            .row(Action.BUDGET_HISTORY, SIBLING,    200, 200, 200, 404, 200)
            .row(Action.BUDGET_HISTORY, OUTSIDE,    404, 404, 404, 404, 404)
            .row(Action.BUDGET_METRICS, OWN,        200, 200, 200, 200, 200)
            .row(Action.BUDGET_METRICS, SIBLING,    200, 200, 200, 404, 200)
            .row(Action.BUDGET_METRICS, OUTSIDE,    404, 404, 404, 404, 404)
            .row(Action.BUDGET_PUT, OWN,            200, 403, 200, 403, 403)
            .row(Action.BUDGET_PUT, SIBLING,        200, 403, 200, 403, 403)
            .row(Action.BUDGET_PUT, OUTSIDE,        404, 403, 404, 403, 403)
            // a pushed row for a unit outside the region is UNKNOWN_UNIT, exactly like a code nobody registered
            .row(Action.BUDGET_IMPORT, OWN,         200, 403, 200, 403, 403)
            .row(Action.BUDGET_IMPORT, OUTSIDE,     422, 403, 422, 403, 403)
            .row(Action.IMPORT_TEMPLATE, OWN,       200, 403, 200, 403, 403)
            .row(Action.AGGREGATE_COUNTED, OWN,     200, 200, 200, 200, 200)
            .row(Action.AGGREGATE_COUNTED, SIBLING, 200, 200, 200, 0, 200)
            .row(Action.AGGREGATE_COUNTED, OUTSIDE, 0, 0, 0, 0, 0);

    static Stream<Arguments> cases() {
        return MATRIX.cases();
    }

    @BeforeEach
    void unitsWithBudgetsAndProfiles() {
        for (String unit : List.of(OWN, SIBLING, OUTSIDE)) {
            // as the national finance-admin of the test resources
            if (given().when().get("/api/v1/units/" + unit).statusCode() == 404) {
                given().contentType(ContentType.JSON).body(Map.of("unitCode", unit, "name", "单位" + unit,
                        "type", "SUB_DISTRICT_OFFICE", "regionCode", REGION_OF.get(unit)))
                        .when().post("/api/v1/units").then().statusCode(201);
                given().contentType(ContentType.JSON).body(budget(100))
                        .when().put("/api/v1/budgets/" + unit + "/" + YEAR).then().statusCode(200);
                given().contentType(ContentType.JSON).body(Map.of("authorisedPosts", 45))
                        .when().put("/api/v1/units/" + unit + "/profiles/" + YEAR).then().statusCode(200);
            }
        }
    }

    private static Map<String, Object> budget(int tenThousands) {
        return Map.of("amountUnit", "TEN_THOUSAND_YUAN", "initialBudget", String.valueOf(tenThousands),
                "actualExpenditure", String.valueOf(tenThousands));
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @MethodSource("cases")
    void theMatrixHolds(String role, Action action, String unit, int expected) {
        TableSnapshot before = tables();
        RequestSpecification as = given().auth().oauth2(CALLERS.token(role));
        int next = 200 + SEQUENCE.incrementAndGet();
        String year = "/" + YEAR;
        Response response = switch (action) {
            case UNIT_GET -> as.get("/api/v1/units/" + unit);
            case UNIT_LISTED -> as.queryParam("regionCode", "").queryParam("size", 500).get("/api/v1/units");
            case UNIT_REGISTER -> as.contentType(ContentType.JSON).body(Map.of("unitCode", "SEC-B-NEW-" + next,
                    "name", "新单位", "type", "DEPARTMENT", "regionCode", REGION_OF.get(unit))).post("/api/v1/units");
            case PROFILE_GET -> as.get("/api/v1/units/" + unit + "/profiles" + year);
            case PROFILE_PUT -> as.contentType(ContentType.JSON).body(Map.of("authorisedPosts", next))
                    .put("/api/v1/units/" + unit + "/profiles" + year);
            case BUDGET_GET -> as.get("/api/v1/budgets/" + unit + year);
            case BUDGET_HISTORY -> as.get("/api/v1/budgets/" + unit + year + "/history");
            case BUDGET_METRICS -> as.get("/api/v1/budgets/" + unit + year + "/metrics");
            case BUDGET_PUT -> as.contentType(ContentType.JSON).body(budget(next)).put("/api/v1/budgets/" + unit + year);
            case BUDGET_IMPORT -> as.contentType(ContentType.JSON)
                    .body(List.of(Map.of("unitCode", unit, "fiscalYear", YEAR, "amountUnit", "TEN_THOUSAND_YUAN",
                            "initialBudget", String.valueOf(next))))
                    .post("/api/v1/imports/budgets");
            case IMPORT_TEMPLATE -> as.get("/api/v1/imports/budgets/template.csv");
            case AGGREGATE_COUNTED -> as.queryParam("regionCode", REGION_OF.get(unit)).queryParam("fiscalYear", YEAR)
                    .get("/api/v1/budgets/aggregates");
        };

        switch (action) {
            case UNIT_LISTED -> response.then().statusCode(200)
                    .body("items.unitCode", expected == 200 ? hasItem(unit) : not(hasItem(unit)));
            case AGGREGATE_COUNTED -> response.then().statusCode(200)
                    .body("total.units", equalTo(expected == 200 ? 1 : 0));
            default -> {
                response.then().statusCode(expected);
                if (expected >= 400) {
                    response.then().contentType("application/problem+json");
                }
            }
        }
        if (expected == 404) {
            // word for word the answer for a unit that does not exist
            response.then().body("detail", equalTo(action == Action.UNIT_REGISTER
                    ? "region " + REGION_OF.get(unit) + " does not exist" : "unit " + unit + " does not exist"));
        }
        if (expected == 422) {
            response.then().body("conflicts.code", equalTo(List.of("UNKNOWN_UNIT")));
        }
        if (action.writes && expected >= 400) {
            assertEquals(before, tables(), "a refused write changed nothing");
        }
    }

    @Test
    void aMissingUnitAnswersExactlyLikeAnotherRegionsUnit() {
        String asCity = Tokens.of(Tokens.FINANCE_ADMIN, "1101", null);
        String hidden = given().auth().oauth2(asCity).get("/api/v1/budgets/" + OUTSIDE + "/" + YEAR + "/metrics")
                .then().statusCode(404).extract().path("detail");
        String missing = given().auth().oauth2(asCity).get("/api/v1/budgets/NO-SUCH-UNIT/" + YEAR + "/metrics")
                .then().statusCode(404).extract().path("detail");
        assertEquals(hidden.replace(OUTSIDE, "X"), missing.replace("NO-SUCH-UNIT", "X"));
    }

    @Test
    void aTokenWithoutRegionOrRoleSeesNothing() {
        String noRegion = Tokens.of(Tokens.VIEWER, null, null);
        given().auth().oauth2(noRegion).get("/api/v1/units/" + OWN).then().statusCode(404);
        given().auth().oauth2(noRegion).queryParam("regionCode", "").get("/api/v1/units")
                .then().statusCode(200).body("total", equalTo(0));
        String noRole = Tokens.claims(null, "1101", null).sign();
        given().auth().oauth2(noRole).get("/api/v1/units/" + OWN)
                .then().statusCode(403).contentType("application/problem+json");
    }

    static Stream<Arguments> refusedTokens() {
        return RefusedTokens.of(Tokens.FINANCE_ADMIN, "1101", null).forgedRegion("12").wrongIssuer().notAJwt().cases();
    }

    @ParameterizedTest(name = "{0} token → 401")
    @MethodSource("refusedTokens")
    void refusedTokensGet401AndChangeNothing(String kind, String token) throws Exception {
        TableSnapshot before = tables();
        String budget = "{\"amountUnit\":\"YUAN\",\"initialBudget\":\"1.00\"}";
        for (HttpResponse<String> answer : List.of(
                send("GET", "/api/v1/units/" + OWN, token, null),
                send("PUT", "/api/v1/budgets/" + OWN + "/" + YEAR, token, budget),
                send("POST", "/api/v1/imports/budgets", token,
                        "[{\"unitCode\":\"" + OWN + "\",\"fiscalYear\":2023,\"amountUnit\":\"YUAN\",\"initialBudget\":\"1\"}]"))) {
            assertUnauthenticated(kind, answer);
        }
        assertEquals(before, tables());
    }

    @Test
    void healthNeedsNoToken() throws Exception {
        assertEquals(200, send("GET", "/q/health/live", null, null).statusCode());
    }

    /** Row counts and versions of every table a write of this service touches. */
    private TableSnapshot tables() {
        return TableSnapshot.of(db, "select count(*) from unit", "select count(*) from budget",
                "select coalesce(sum(version), 0) from budget",
                "select count(*) from budget_history",
                "select coalesce(sum(version), 0) from unit_profile",
                "select count(*) from outbox_message",
                "select count(*) from budget_import_request");
    }
}
