package org.jixiao.scoring.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The test profile pages 2 evaluations at a time, so 3 evaluations cross a page border. */
@QuarkusTest
class RescoreJobResourceTest {
    private static final String JOBS = "/api/v1/evaluations/rescore-jobs";

    @BeforeAll
    static void readNumbersExactly() {
        EvaluationFixtures.readNumbersExactly();
    }

    private static JsonPath awaitEnd(String location) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonPath job = given().when().get(location).then().statusCode(200).extract().jsonPath();
            String status = job.getString("status");
            if (status.equals("COMPLETED") || status.equals("FAILED")) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + location + " did not end within 30 s");
    }

    @Test
    void rescoresOpenEvaluationsWithTheNewSchemeAndLeavesFinalizedOnesAlone() throws InterruptedException {
        String complete = EvaluationFixtures.open("420117001", 2025, "NATIONAL");
        EvaluationFixtures.scoreAs(complete, "85");
        String incomplete = EvaluationFixtures.open("420117002", 2025, "NATIONAL");
        String finalized = EvaluationFixtures.finalizedWithTotal("420117003", 2025, "NATIONAL", "85");
        String otherYear = EvaluationFixtures.open("420117004", 2024, "NATIONAL");
        EvaluationFixtures.scoreAs(otherYear, "85");

        String location = given().contentType(ContentType.JSON)
                .body("{\"regionCode\":\"420117\",\"fiscalYear\":2025,\"gradeScheme\":\"JIAYUGUAN\"}")
                .when().post(JOBS)
                .then().statusCode(202)
                .header("Location", containsString(JOBS + "/"))
                .body("total", equalTo(3))
                .body("gradeScheme", equalTo("JIAYUGUAN"))
                .extract().header("Location");

        JsonPath job = awaitEnd(location);
        assertEquals("COMPLETED", job.getString("status"));
        assertEquals(3, job.getInt("processed"));
        assertEquals("100.00", job.get("percent"));
        assertEquals(1, job.getInt("rescored"));
        assertEquals(1, job.getInt("finalizedUnchanged"));
        assertEquals(1, job.getInt("failed"));
        assertEquals(incomplete, job.getString("errors[0].evaluationId"));
        assertEquals("INCOMPLETE_EVALUATION", job.getString("errors[0].code"));

        given().when().get("/api/v1/evaluations/" + complete).then().statusCode(200)
                .body("gradeScheme", equalTo("JIAYUGUAN"))
                .body("grade", equalTo("良好"))
                .body("total", equalTo("85.00"));
        given().when().get("/api/v1/evaluations/" + complete + "/score").then().statusCode(200)
                .body("result.grade", equalTo("良好"));
        given().when().get("/api/v1/evaluations/" + incomplete).then().statusCode(200)
                .body("gradeScheme", equalTo("JIAYUGUAN"));
        given().when().get("/api/v1/evaluations/" + finalized).then().statusCode(200)
                .body("gradeScheme", equalTo("NATIONAL"))
                .body("grade", equalTo("良"));
        given().when().get("/api/v1/evaluations/" + finalized + "/score").then().statusCode(200)
                .body("result.grade", equalTo("良"));
        given().when().get("/api/v1/evaluations/" + otherYear).then().statusCode(200)
                .body("gradeScheme", equalTo("NATIONAL")).body("grade", equalTo("良"));
    }

    @Test
    void aChangedStoredSchemeRegradesOpenEvaluationsOnlyWhenRescored() throws InterruptedException {
        given().contentType(ContentType.JSON).body("""
                {"code":"RJ_SCHEME","name":"重评测试","bands":[{"label":"低","lowerInclusive":0},{"label":"高","lowerInclusive":80}]}
                """).when().post("/api/v1/grade-schemes").then().statusCode(201);
        String id = EvaluationFixtures.open("420127001", 2025, "RJ_SCHEME");
        EvaluationFixtures.scoreAs(id, "85");
        given().when().get("/api/v1/evaluations/" + id).then().body("grade", equalTo("高"));
        given().contentType(ContentType.JSON).body("""
                {"name":"重评测试","bands":[{"label":"低","lowerInclusive":0},{"label":"高","lowerInclusive":90}]}
                """).when().put("/api/v1/grade-schemes/RJ_SCHEME").then().statusCode(200);

        String location = given().contentType(ContentType.JSON).body("{\"regionCode\":\"420127\",\"fiscalYear\":2025}")
                .when().post(JOBS).then().statusCode(202).extract().header("Location");
        JsonPath job = awaitEnd(location);
        assertEquals("COMPLETED", job.getString("status"));
        assertEquals(1, job.getInt("rescored"));
        given().when().get("/api/v1/evaluations/" + id).then()
                .body("gradeScheme", equalTo("RJ_SCHEME")).body("grade", equalTo("低"));
    }

    @Test
    void anEmptyRegionCompletesAtOnce() throws InterruptedException {
        String location = given().contentType(ContentType.JSON).body("{\"regionCode\":\"999999\",\"fiscalYear\":2025}")
                .when().post(JOBS).then().statusCode(202).body("total", equalTo(0)).extract().header("Location");
        JsonPath job = awaitEnd(location);
        assertEquals("COMPLETED", job.getString("status"));
        assertEquals("100.00", job.get("percent"));
    }

    @Test
    void refusesBadRequestsNamingTheField() {
        given().contentType(ContentType.JSON).body("{\"regionCode\":\"4201\",\"fiscalYear\":2025,\"gradeScheme\":\"NOPE\"}")
                .when().post(JOBS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("gradeScheme"));
        given().contentType(ContentType.JSON).body("{\"regionCode\":\"湖北\",\"fiscalYear\":2025}")
                .when().post(JOBS)
                .then().statusCode(400).body("errors.field", hasItem("regionCode"));
        given().contentType(ContentType.JSON).body("{\"regionCode\":\"4201\"}")
                .when().post(JOBS)
                .then().statusCode(400).body("errors.field", hasItem("fiscalYear"));
        given().contentType(ContentType.JSON).body("{\"regionCode\":\"4201\",\"fiscalYear\":\"next\"}")
                .when().post(JOBS)
                .then().statusCode(400).body("errors[0].field", equalTo("fiscalYear"));
        given().when().get(JOBS + "/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        given().when().get(JOBS + "/not-a-uuid").then().statusCode(404);
    }
}
