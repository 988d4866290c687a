package org.jixiao.scoring.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import org.jixiao.testsupport.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit trail of scoring-service as a finance-admin reads it at /api/v1/audit/scoring. */
@QuarkusTest
class AuditResourceTest {
    private static final String AUDIT = "/api/v1/audit/scoring";
    /** A unit of this class only; its region code is its own code (DownstreamServices). */
    private static final String UNIT = "420188001";
    private static final String FINALIZER = "wang.wu@czj.4201";
    private static final String REQUEST_ID = "audit-finalize-420188001";

    private static String evaluationId;

    @BeforeAll
    static void readNumbersExactly() {
        EvaluationFixtures.readNumbersExactly();
    }

    /** Set up by the first test that runs (a static @BeforeAll would run before the application is up). */
    @BeforeEach
    void finalizeOneEvaluationAsARegionalAdmin() {
        if (evaluationId != null) {
            return;
        }
        evaluationId = EvaluationFixtures.open(UNIT, 2025, null);
        EvaluationFixtures.scoreAs(evaluationId, "88");
        EvaluationFixtures.asAgency().when().post(EvaluationFixtures.BASE + "/" + evaluationId + "/submit")
                .then().statusCode(200);
        given().when().post(EvaluationFixtures.BASE + "/" + evaluationId + "/approve").then().statusCode(200);
        given().auth().oauth2(Tokens.claims(Tokens.FINANCE_ADMIN, "4201", null).subject(FINALIZER).sign())
                .header("X-Request-Id", REQUEST_ID)
                .when().post(EvaluationFixtures.BASE + "/" + evaluationId + "/finalize")
                .then().statusCode(200).body("status", equalTo("FINALIZED"));
    }

    @Test
    void showsWhoFinalizedWithRoleRegionAndRequestId() {
        given().auth().oauth2(Tokens.of(Tokens.FINANCE_ADMIN, "4201", null))
                .queryParam("resourceId", evaluationId).queryParam("action", "FINALIZE")
                .when().get(AUDIT)
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].subject", equalTo(FINALIZER))
                .body("items[0].roles", contains(Tokens.FINANCE_ADMIN))
                .body("items[0].callerRegionCode", equalTo("4201"))
                .body("items[0].regionCode", equalTo(UNIT))
                .body("items[0].requestId", equalTo(REQUEST_ID))
                .body("items[0].resourceType", equalTo("Evaluation"))
                .body("items[0].summary", containsString("APPROVED -> FINALIZED, total 88.00"));
    }

    @Test
    void recordsEveryStepOfTheWorkflow() {
        given().queryParam("resourceType", "Evaluation").queryParam("resourceId", evaluationId)
                .when().get(AUDIT)
                .then().statusCode(200)
                .body("total", equalTo(5))
                .body("items.action", contains("FINALIZE", "APPROVE", "SUBMIT", "INPUTS", "OPEN"))
                .body("items.findAll { it.action == 'SUBMIT' }[0].roles", contains(Tokens.EVALUATOR));
    }

    @Test
    void filtersByTime() {
        String tomorrow = LocalDate.now().plusDays(1).toString();
        given().queryParam("resourceId", evaluationId).queryParam("from", tomorrow)
                .when().get(AUDIT)
                .then().statusCode(200).body("total", equalTo(0));
        given().queryParam("resourceId", evaluationId).queryParam("to", tomorrow).queryParam("size", 2)
                .when().get(AUDIT)
                .then().statusCode(200).body("total", equalTo(5)).body("items.action", contains("FINALIZE", "APPROVE"));
        given().queryParam("from", "yesterday").when().get(AUDIT)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void onlyFinanceAdminsReadTheTrail() {
        for (String role : new String[] {Tokens.VIEWER, Tokens.EVALUATOR, Tokens.UNIT_REPORTER, Tokens.DISTRICT_SYSTEM}) {
            given().auth().oauth2(Tokens.of(role, "4201", null)).queryParam("resourceId", evaluationId)
                    .when().get(AUDIT)
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().auth().none().header("Authorization", "").when().get(AUDIT).then().statusCode(401);
    }

    @Test
    void aFinanceAdminOfAnotherRegionSeesNoEntries() {
        given().auth().oauth2(Tokens.of(Tokens.FINANCE_ADMIN, "4202", null))
                .queryParam("resourceId", evaluationId)
                .when().get(AUDIT)
                .then().statusCode(200)
                .body("total", equalTo(0))
                .body("items", emptyIterable());
    }
}
