package org.jixiao.budget.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jixiao.testsupport.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BudgetImportJobResourceTest {
    private static final String JOBS = "/api/v1/imports/budgets/jobs";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    DataSource db;

    @BeforeAll
    static void exactNumbers() {
        Fixtures.readNumbersExactly();
    }

    private static String row(String unit, int year, String initial) {
        return "{\"unitCode\":\"%s\",\"fiscalYear\":%d,\"amountUnit\":\"YUAN\",\"initialBudget\":\"%s\"}"
                .formatted(unit, year, initial);
    }

    /** Polls the job until it is done (or 60 s have passed) and returns its last state. */
    private static JsonPath awaitDone(String location) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            JsonPath job = given().when().get(location).then().statusCode(200).extract().jsonPath();
            String status = job.getString("status");
            if (status.equals("SUCCEEDED") || status.equals("FAILED")) {
                return job;
            }
            assertTrue(status.equals("QUEUED") || status.equals("RUNNING"), status);
            assertTrue(System.currentTimeMillis() < deadline, "job still " + status + " after 60 s");
            Thread.sleep(100);
        }
    }

    private static String submitted(Response response) {
        response.then().statusCode(202).contentType(ContentType.JSON)
                .header("Location", containsString(JOBS + "/"))
                .body("status", equalTo("QUEUED"))
                .body("processed", equalTo(0));
        return response.header("Location");
    }

    @Test
    void aJsonJobImportsEveryRowAndReportsProgressAndTheSummary() throws Exception {
        List<String> units = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            units.add(Fixtures.registerUnit("620204001"));
        }
        StringBuilder body = new StringBuilder("[");
        int rows = 0;
        for (String unit : units) {
            for (int year = 2001; year <= 2100; year++) {
                body.append(rows++ == 0 ? "" : ",").append(row(unit, year, year + ".25"));
            }
        }
        long[] before = Fixtures.writtenRows(db);
        String submitter = Tokens.claims(Tokens.FINANCE_ADMIN, "62", null).subject("zhao.lei@czj-620204").sign();
        String location = submitted(given().auth().oauth2(submitter).contentType(ContentType.JSON)
                .header("X-Source-System", "district-job").body(body.append("]").toString()).when().post(JOBS));

        JsonPath job = awaitDone(location);
        assertEquals("SUCCEEDED", job.getString("status"));
        assertEquals("json", job.getString("format"));
        assertEquals(500, job.getLong("total"));
        assertEquals(500, job.getLong("processed"));
        assertEquals("100.00", job.getString("percent"));
        assertEquals(200, job.getInt("httpStatus"));
        assertEquals("SUCCESS", job.getString("summary.importStatus"));
        assertEquals(500, job.getInt("summary.importCount.imported"));
        assertTrue(job.getList("summary.conflicts").isEmpty());
        assertTrue(job.getString("finishedAt") != null && job.getString("startedAt") != null);
        assertEquals(before[0] + 500, Fixtures.count(db, "select count(*) from budget"));
        assertEquals(before[2] + 500, Fixtures.count(db, "select count(*) from outbox_message"));
        given().when().get("/api/v1/budgets/" + units.get(4) + "/2100/history")
                .then().statusCode(200)
                // the job ran after the request ended: who is the submitter's subject, kept on the job row
                .body("items[0].changedBy", equalTo("zhao.lei@czj-620204"))
                .body("items[0].sourceSystem", equalTo("district-job"));
        assertEquals(1, Fixtures.count(db, "select count(*) from budget_import_job where created_by = "
                + "'zhao.lei@czj-620204' and id = '" + location.substring(location.lastIndexOf('/') + 1) + "'"));
    }

    @Test
    void anAtomicCsvJobWithABadRowFailsWithItsConflictsAndWritesNothing() throws Exception {
        String unit = Fixtures.registerUnit("620201001");
        String csv = "unitCode,fiscalYear,amountUnit,initialBudget\n" + unit + ",2023,元,100\n" + unit
                + ",2024,元,-5\n";
        long[] before = Fixtures.writtenRows(db);
        JsonPath job = awaitDone(submitted(given().contentType("text/csv; charset=UTF-8").body(csv).when().post(JOBS)));
        assertEquals("FAILED", job.getString("status"));
        assertEquals(422, job.getInt("httpStatus"));
        assertEquals(2, job.getLong("total"));
        assertEquals("ERROR", job.getString("summary.importStatus"));
        assertEquals(3, job.getInt("summary.conflicts[0].row"));
        assertEquals("initialBudget", job.getString("summary.conflicts[0].field"));
        assertEquals("NEGATIVE_AMOUNT", job.getString("summary.conflicts[0].code"));
        assertArrayEquals(before, Fixtures.writtenRows(db));
    }

    @Test
    void anXlsxDryRunJobValidatesAndStoresNothing() throws Exception {
        String unit = Fixtures.registerUnit("620201001");
        byte[] workbook = BudgetImportResourceTest.xlsx(List.of(
                List.of("unitCode", "fiscalYear", "amountUnit", "initialBudget"),
                List.of(unit, 2023, "万元", 31385.997668),
                List.of(unit, 2024, "元", 7)));
        long[] before = Fixtures.writtenRows(db);
        JsonPath job = awaitDone(submitted(given().contentType(XLSX).queryParam("dryRun", "true")
                .queryParam("mode", "PER_ROW").body(workbook).when().post(JOBS)));
        assertEquals("SUCCEEDED", job.getString("status"));
        assertEquals("xlsx", job.getString("format"));
        assertEquals("PER_ROW", job.getString("mode"));
        assertTrue(job.getBoolean("dryRun"));
        assertEquals(2, job.getInt("summary.importCount.imported"));
        assertTrue(job.getBoolean("summary.dryRun"));
        assertArrayEquals(before, Fixtures.writtenRows(db));
        given().when().get("/api/v1/budgets/" + unit + "/2023").then().statusCode(404);
    }

    @Test
    void aSecondJobWithTheSameKeyGetsTheFirstAnswerAndChangesNothing() throws Exception {
        String unit = Fixtures.registerUnit("620201001");
        String key = "job-" + UUID.randomUUID();
        String body = "[" + row(unit, 2023, "100") + "]";
        JsonPath first = awaitDone(submitted(given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).when().post(JOBS)));
        assertEquals("SUCCEEDED", first.getString("status"));
        assertEquals(false, first.getBoolean("replayed"));
        assertEquals(key, first.getString("idempotencyKey"));
        long[] before = Fixtures.writtenRows(db);

        JsonPath replay = awaitDone(submitted(given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).when().post(JOBS)));
        assertEquals("SUCCEEDED", replay.getString("status"));
        assertTrue(replay.getBoolean("replayed"));
        assertEquals(first.getString("summary.requestId"), replay.getString("summary.requestId"));
        assertEquals(1, replay.getInt("summary.importCount.imported"));
        assertArrayEquals(before, Fixtures.writtenRows(db));
        // the same key is also the key of the direct push
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/imports/budgets")
                .then().statusCode(200).header("Idempotent-Replayed", "true");
    }

    @Test
    void anUnreadableUploadFailsTheJobWithAProblemNamingTheBody() throws Exception {
        JsonPath job = awaitDone(submitted(given().contentType(ContentType.JSON).body("[{\"unitCode\":}]")
                .when().post(JOBS)));
        assertEquals("FAILED", job.getString("status"));
        assertEquals(400, job.getInt("httpStatus"));
        assertEquals("body", job.getString("error.errors[0].field"));
        assertEquals(null, job.getString("summary"));
        JsonPath xlsx = awaitDone(submitted(given().contentType(XLSX).body(new byte[] {1, 2, 3}).when().post(JOBS)));
        assertEquals("MALFORMED_XLSX", xlsx.getString("error.errors[0].code"));
    }

    @Test
    void badOptionsAreRefusedAtOnceAndNoJobIsQueued() {
        long jobs = Fixtures.count(db, "select count(*) from budget_import_job");
        given().contentType(ContentType.JSON).queryParam("mode", "ALL").body("[]").when().post(JOBS)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("mode"));
        given().contentType(ContentType.JSON).queryParam("dryRun", "maybe").body("[]").when().post(JOBS)
                .then().statusCode(400).body("errors[0].field", equalTo("dryRun"));
        given().contentType(ContentType.JSON).header("Idempotency-Key", "with space").body("[]").when().post(JOBS)
                .then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
        given().contentType(ContentType.TEXT).body("hello").when().post(JOBS).then().statusCode(415);
        assertEquals(jobs, Fixtures.count(db, "select count(*) from budget_import_job"));
    }

    @Test
    void aJobIsSeenOnlyInsideItsRegionAndOnlyByImportingRoles() throws Exception {
        String unit = Fixtures.registerUnit("620201001");
        String district = Tokens.of(Tokens.DISTRICT_SYSTEM, "620201", null);
        Response response = given().auth().oauth2(district).contentType(ContentType.JSON)
                .body("[" + row(unit, 2023, "1") + "]").when().post(JOBS);
        String location = submitted(response);
        JsonPath job = awaitDone(location);
        assertEquals("SUCCEEDED", job.getString("status"));

        given().auth().oauth2(district).when().get(location).then().statusCode(200).body("id", notNullValue());
        given().auth().oauth2(Tokens.of(Tokens.FINANCE_ADMIN, "6202", null)).when().get(location)
                .then().statusCode(200);
        String elsewhere = given().auth().oauth2(Tokens.of(Tokens.FINANCE_ADMIN, "1101", null)).when().get(location)
                .then().statusCode(404).extract().path("detail");
        String missing = given().auth().oauth2(Tokens.of(Tokens.FINANCE_ADMIN, "1101", null))
                .when().get(JOBS + "/" + UUID.randomUUID()).then().statusCode(404).extract().path("detail");
        assertEquals(missing.replaceAll("[0-9a-f-]{36}", "ID"), elsewhere.replaceAll("[0-9a-f-]{36}", "ID"));
        given().when().get(JOBS + "/not-a-uuid").then().statusCode(404);
        given().auth().oauth2(Tokens.of(Tokens.VIEWER, "CN", null)).when().get(location).then().statusCode(403);
        given().auth().oauth2(Tokens.of(Tokens.EVALUATOR, "CN", null)).contentType(ContentType.JSON).body("[]")
                .when().post(JOBS).then().statusCode(403);
    }
}
