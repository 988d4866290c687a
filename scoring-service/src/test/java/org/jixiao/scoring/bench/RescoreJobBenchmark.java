package org.jixiao.scoring.bench;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Re-scores 10,000 evaluations of 60 leaves each through the real batch job (REST → ManagedExecutor → paged
 * transactions against PostgreSQL) and requires it to finish within 30 s. Not a unit test: surefire's default includes
 * skip it; run it as docs/benchmarks.md says. The data is inserted with SQL first and is not part of the timing.
 */
@QuarkusTest
@TestProfile(RescoreJobBenchmark.ProductionPageSize.class)
class RescoreJobBenchmark {
    static final int EVALUATIONS = 10_000;
    static final int CATEGORIES = 5;
    static final int LEAVES_PER_CATEGORY = 12;
    static final String REGION = "43";
    static final int YEAR = 2030;
    static final Duration LIMIT = Duration.ofSeconds(30);

    /** The production page size, not the tiny one the other tests use. */
    public static class ProductionPageSize implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("jixiao.rescore.page-size", "250");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    /** One leaf kind per position in a category: method, target, and the input every unit entered. */
    private record Kind(String method, String target, String direction, String value, String unit, String binding,
            String input) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("RATIO_AT_LEAST", "≥800个", "AT_LEAST", "800", "个", null, "'VALUE', 210, null, null, null, null, null, null, null, null"),
            new Kind("RATIO_AT_MOST", "≤10人次", "AT_MOST", "10", "人次", null, "'VALUE', 12, null, null, null, null, null, null, null, null"),
            new Kind("EQUALS", "=2个", "EQUALS", "2", "个", null, "'VALUE', 3, null, null, null, null, null, null, null, null"),
            new Kind("ZERO_TOLERANCE", "0起", "EQUALS", "0", "起", null, "'VALUE', 0, null, null, null, null, null, null, null, null"),
            new Kind("BINARY", "达标", null, null, null, null, "'VALUE', null, null, true, null, null, null, null, null, null"),
            new Kind("GRADE", "优良中低差", null, null, null, null, "'VALUE', null, '良', null, null, null, null, null, null, null"),
            new Kind("EXECUTION_RATE", "100%", null, null, "%", "budget:executionRate", null),
            new Kind("SATISFACTION", "≥80%", "AT_LEAST", "80", "%", null, "'VALUE', null, null, null, null, null, 'residents', 40, 38, 30"),
            new Kind("RATIO_AT_LEAST", "≥50张", "AT_LEAST", "50", "张", null, "'MANUAL', 10, null, null, 1.00, '新增床位10张，已建成待验收', null, null, null, null"),
            new Kind("RATIO_AT_LEAST", "≥100%", "AT_LEAST", "100", "%", null, "'VALUE', 96, null, null, null, null, null, null, null, null"),
            new Kind("BINARY", "通过考核", null, null, null, null, "'VALUE', null, null, false, null, null, null, null, null, null"),
            new Kind("GRADE", "优良中低差", null, null, null, null, "'VALUE', null, '优', null, null, null, null, null, null, null"));

    private static String frameworkSnapshot() {
        StringBuilder sb = new StringBuilder("{\"id\":\"7f1b2c3d-0000-4000-8000-0000000000bb\",\"code\":\"bench\","
                + "\"version\":1,\"name\":\"基准指标体系\",\"status\":\"PUBLISHED\",\"nodes\":[");
        for (int c = 1; c <= CATEGORIES; c++) {
            sb.append(c == 1 ? "" : ",").append("{\"code\":\"").append(c).append("\",\"name\":\"一级指标").append(c)
                    .append("\",\"level\":1,\"weight\":20,\"children\":[");
            for (int l = 1; l <= LEAVES_PER_CATEGORY; l++) {
                Kind k = KINDS.get(l - 1);
                sb.append(l == 1 ? "" : ",").append("{\"code\":\"").append(c).append('.').append(l)
                        .append("\",\"name\":\"指标").append(l).append("\",\"level\":3,\"weight\":")
                        .append(l == LEAVES_PER_CATEGORY ? "3.5" : "1.5").append(",\"scoringMethod\":\"")
                        .append(k.method()).append("\",\"target\":\"").append(k.target()).append('"');
                if (k.value() != null) {
                    sb.append(",\"parsedTarget\":{\"originalText\":\"").append(k.target()).append("\",\"direction\":\"")
                            .append(k.direction()).append("\",\"value\":").append(k.value())
                            .append(",\"measureUnit\":\"").append(k.unit()).append("\"}");
                }
                if (k.binding() != null) {
                    sb.append(",\"dataBinding\":\"").append(k.binding()).append('"');
                }
                sb.append(",\"children\":[]}");
            }
            sb.append("]}");
        }
        return sb.append("]}").toString();
    }

    private static final String METRICS = "{\"unitCode\":\"x\",\"fiscalYear\":2030,\"budgetVersion\":3,"
            + "\"finalAccountsIncomplete\":false,\"metrics\":[{\"name\":\"executionRate\",\"formula\":\"a ÷ b\","
            + "\"inputs\":{},\"value\":96.37}]}";

    private void insertEvaluations() throws SQLException {
        List<String> rows = new ArrayList<>();
        for (int c = 1; c <= CATEGORIES; c++) {
            for (int l = 1; l <= LEAVES_PER_CATEGORY; l++) {
                Kind k = KINDS.get(l - 1);
                if (k.input() != null) {
                    rows.add("('" + c + "." + l + "', " + k.input() + ")");
                }
            }
        }
        try (Connection db = dataSource.getConnection()) {
            try (PreparedStatement insert = db.prepareStatement("insert into evaluation (id, unit_code, unit_name, "
                    + "region_code, fiscal_year, type, revision, status, grade_scheme, framework_id, framework_snapshot, "
                    + "metrics_snapshot, budget_version, snapshot_stale, total, grade, created_at, updated_at) "
                    + "select gen_random_uuid(), u, '基准单位' || u, u, ?, 'FINANCE', 1, "
                    + "case when g % 20 = 0 then 'FINALIZED' else 'DRAFT' end, 'NATIONAL', "
                    + "'7f1b2c3d-0000-4000-8000-0000000000bb', ?::jsonb, ?::jsonb, 3, false, "
                    + "case when g % 20 = 0 then 80 end, case when g % 20 = 0 then '良' end, now(), now() "
                    + "from generate_series(1, ?) g, lateral (select ? || lpad(g::text, 7, '0') as u) unit")) {
                insert.setInt(1, YEAR);
                insert.setString(2, frameworkSnapshot());
                insert.setString(3, METRICS);
                insert.setInt(4, EVALUATIONS);
                insert.setString(5, REGION);
                insert.executeUpdate();
            }
            try (Statement s = db.createStatement()) {
                s.executeUpdate("insert into evaluation_input (evaluation_id, leaf_code, state, actual, grade, achieved, "
                        + "manual_score, reason, survey_group, survey_issued, survey_valid, survey_satisfied, updated_at) "
                        + "select e.id, l.code, l.state, l.actual, l.grade, l.achieved, l.manual, l.reason, l.sg, l.si, "
                        + "l.sv, l.ss, now() from evaluation e cross join (values "
                        + String.join(",", rows).replace("null", "null") + ") as l(code, state, actual, grade, achieved, "
                        + "manual, reason, sg, si, sv, ss) where e.fiscal_year = " + YEAR + " and e.region_code like '"
                        + REGION + "%'");
                s.execute("analyze evaluation");
                s.execute("analyze evaluation_input");
            }
        }
    }

    @Test
    void rescoresTenThousandEvaluationsOfSixtyLeavesWithinThirtySeconds() throws Exception {
        insertEvaluations();
        long started = System.nanoTime();
        String location = given().contentType(ContentType.JSON)
                .body("{\"regionCode\":\"" + REGION + "\",\"fiscalYear\":" + YEAR + ",\"gradeScheme\":\"JIAYUGUAN\"}")
                .when().post("/api/v1/evaluations/rescore-jobs")
                .then().statusCode(202).extract().header("Location");
        JsonPath job;
        do {
            Thread.sleep(250);
            job = given().when().get(location).then().statusCode(200).extract().jsonPath();
        } while (!job.getString("status").equals("COMPLETED") && !job.getString("status").equals("FAILED")
                && System.nanoTime() - started < Duration.ofMinutes(5).toNanos());
        Duration wall = Duration.ofNanos(System.nanoTime() - started);
        Duration inJob = Duration.between(OffsetDateTime.parse(job.getString("createdAt")),
                OffsetDateTime.parse(job.getString("finishedAt")));

        String result = String.format("re-score job: %d evaluations × %d leaves in %.2f s (job %.2f s): "
                        + "%.0f evaluations/s, %.0f leaves/s; rescored %d, finalized unchanged %d, failed %d%n",
                EVALUATIONS, CATEGORIES * LEAVES_PER_CATEGORY, wall.toMillis() / 1000.0, inJob.toMillis() / 1000.0,
                EVALUATIONS * 1000.0 / wall.toMillis(), EVALUATIONS * 60_000.0 / wall.toMillis(),
                job.getInt("rescored"), job.getInt("finalizedUnchanged"), job.getInt("failed"));
        System.out.print(result);
        writeResult(result);

        assertEquals("COMPLETED", job.getString("status"), job.prettify());
        assertEquals(EVALUATIONS, job.getInt("processed"));
        assertEquals(EVALUATIONS / 20, job.getInt("finalizedUnchanged"));
        assertEquals(EVALUATIONS - EVALUATIONS / 20, job.getInt("rescored"), job.prettify());
        assertEquals(0, job.getInt("failed"));
        assertTrue(wall.compareTo(LIMIT) < 0, "took " + wall + ", limit " + LIMIT);
    }

    private static void writeResult(String result) throws IOException {
        Path file = Path.of("target", "benchmarks", "rescore-job.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, OffsetDateTime.now() + " " + result);
    }
}
