package org.jixiao.budget.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jixiao.testsupport.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The detail lists of a unit-year (项目支出, 三公经费, 专项资金, 月度执行) over HTTP, with figures from the seeds, the
 * refusals that must leave the database as it was, and the role/region matrix of docs/security.md.
 */
@QuarkusTest
class BudgetDetailsResourceTest {
    private static final String REGION = "410404001";
    private static final String BUDGETS = "/api/v1/budgets/";

    @Inject
    DataSource db;

    @BeforeAll
    static void exactNumbers() {
        Fixtures.readNumbersExactly();
    }

    private static String unitWithBudget(String budgetJson) {
        String unit = Fixtures.registerUnit(REGION);
        given().contentType(ContentType.JSON).body(budgetJson)
                .when().put(BUDGETS + unit + "/2023").then().statusCode(200);
        return unit;
    }

    /** Seed 001 (高庄街道 2023): 552.45 万元, 决算 667.92 = 基本 471.17 + 项目 196.75, pushed as a district system would. */
    private static String seed001Unit() {
        String unit = Fixtures.registerUnit(REGION);
        given().contentType(ContentType.JSON).body("""
                [{"unitCode":"%s","fiscalYear":2023,"amountUnit":"TEN_THOUSAND_YUAN","initialBudget":"552.45",
                  "actualExpenditure":"667.92","basicExpenditure":"471.17","projectExpenditure":"196.75"}]
                """.formatted(unit))
                .when().post("/api/v1/imports/budgets").then().statusCode(200);
        return unit;
    }

    private static final String SEED_001_PROJECTS = """
            {"amountUnit":"TEN_THOUSAND_YUAN","projects":[
             {"projectCode":"410402-2023-001","projectName":"秸秆禁烧经费","fundSource":"GENERAL_APPROPRIATION",
              "initialBudget":"30","actualExpenditure":"36.5","functionalCode":"2130599","economicCode":"30227"},
             {"projectCode":"410402-2023-002","projectName":"综合治理工作经费","initialBudget":"40",
              "adjustedBudget":"45","actualExpenditure":"45","functionalCode":"20406","economicCode":"302"},
             {"projectCode":"410402-2023-003","projectName":"武装工作经费","initialBudget":100,
              "adjustedBudget":"１１５．２５","actualExpenditure":"115.25","functionalCode":"203"}]}""";

    private static final String SEED_002_THREE_PUBLIC = """
            {"amountUnit":"TEN_THOUSAND_YUAN","items":[{"item":"OFFICIAL_RECEPTION","budget":"0","actual":"0"},
             {"item":"OVERSEAS_TRAVEL","budget":"0","actual":"0"},{"item":"OFFICIAL_VEHICLES","budget":0,"actual":0}]}""";

    @Test
    void seed001ProjectsAreStoredIn元AndAgreeWithTheProjectExpenditure() {
        String unit = seed001Unit();
        String path = BUDGETS + unit + "/2023/projects";
        given().when().get(path).then().statusCode(200)
                .body("version", equalTo(0)).body("updatedAt", nullValue()).body("projects", hasSize(0))
                .body("projectExpenditure", equalTo("1967500.00"));
        long events = outboxFor(unit);

        given().contentType(ContentType.JSON).header("X-Request-Id", "details-projects-" + unit)
                .body(SEED_001_PROJECTS).when().put(path)
                .then().statusCode(200)
                .body("version", equalTo(1))
                .body("updatedAt", notNullValue())
                .body("projects.projectCode", equalTo(List.of("410402-2023-001", "410402-2023-002", "410402-2023-003")))
                .body("projects[0].actualExpenditure", equalTo("365000.00"))
                .body("projects[0].adjustedBudget", nullValue())
                .body("projects[0].fundSource", equalTo("GENERAL_APPROPRIATION"))
                .body("projects[0].executionRate", equalTo("121.67"))
                .body("projects[2].adjustedBudget", equalTo("1152500.00"))
                .body("projects[2].economicCode", nullValue())
                .body("totalActualExpenditure", equalTo("1967500.00"))
                .body("totalBudgetInForce", equalTo("1902500.00"))
                .body("warnings", hasSize(0));
        assertEquals(events + 1, outboxFor(unit), "one budget.updated");

        given().when().get(path).then().statusCode(200)
                .body("version", equalTo(1)).body("projects", hasSize(3))
                .body("projects[1].functionalCode", equalTo("20406"));
        given().when().get("/api/v1/audit/budget?action=PUT_PROJECTS&resourceId=" + unit + "/2023")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].resourceType", equalTo("Budget"))
                .body("items[0].regionCode", equalTo(REGION))
                .body("items[0].requestId", equalTo("details-projects-" + unit))
                .body("items[0].summary", equalTo("version 0 -> 1, projects 0 -> 3, actual total none -> 1967500.00"));

        // the same list again changes nothing and records nothing
        given().contentType(ContentType.JSON).body(SEED_001_PROJECTS).when().put(path)
                .then().statusCode(200).body("version", equalTo(1));
        assertEquals(events + 1, outboxFor(unit));
        given().when().get("/api/v1/audit/budget?action=PUT_PROJECTS&resourceId=" + unit + "/2023")
                .then().body("total", equalTo(1));
    }

    @Test
    void projectActualsThatMissTheProjectExpenditureAreStoredWithAWarning() {
        String unit = seed001Unit();
        given().contentType(ContentType.JSON).body("""
                {"amountUnit":"YUAN","projects":[{"projectCode":"P-1","projectName":"纪检工作办案经费",
                 "initialBudget":"100000","actualExpenditure":"99000.50"}]}""")
                .when().put(BUDGETS + unit + "/2023/projects")
                .then().statusCode(200)
                .body("version", equalTo(1))
                .body("warnings[0].code", equalTo("PROJECT_ACTUALS_NOT_PROJECT_EXPENDITURE"))
                .body("warnings[0].field", equalTo("projects[].actualExpenditure"))
                .body("warnings[0].message", containsString("99000.50 元"));
        given().when().get(BUDGETS + unit + "/2023/projects").then().statusCode(200)
                .body("warnings[0].code", equalTo("PROJECT_ACTUALS_NOT_PROJECT_EXPENDITURE"));
        // an empty list removes the lines, and with them the warning
        given().contentType(ContentType.JSON).body("{\"amountUnit\":\"YUAN\",\"projects\":[]}")
                .when().put(BUDGETS + unit + "/2023/projects")
                .then().statusCode(200).body("version", equalTo(2)).body("projects", hasSize(0))
                .body("warnings", hasSize(0));
    }

    @Test
    void seed002ThreePublicExpensesOfZeroHaveNoOverspendAndNoDivisionByZero() {
        // seed 002: “三公经费”年初预算 0 万元，实际支出 0 万元
        String unit = unitWithBudget("""
                {"amountUnit":"TEN_THOUSAND_YUAN","initialBudget":"2181.72","adjustedBudget":"4259.4",
                 "actualExpenditure":"4259.4","threePublicBudget":"0","threePublicActual":"0"}""");
        given().contentType(ContentType.JSON).body(SEED_002_THREE_PUBLIC)
                .when().put(BUDGETS + unit + "/2023/three-public-expenses")
                .then().statusCode(200)
                .body("version", equalTo(1))
                .body("items.item", equalTo(List.of("OVERSEAS_TRAVEL", "OFFICIAL_VEHICLES", "OFFICIAL_RECEPTION")))
                .body("items.label", equalTo(List.of("因公出国(境)", "公务用车购置及运行", "公务接待")))
                .body("items[0].budget", equalTo("0.00"))
                .body("items[0].overspent", equalTo(false))
                .body("items[0].controlRate.value", nullValue())
                .body("items[0].controlRate.undefinedReason", containsString("未超支"))
                .body("totalBudget", equalTo("0.00"))
                .body("totalActual", equalTo("0.00"))
                .body("threePublicControlRate.name", equalTo("threePublicControlRate"))
                .body("threePublicControlRate.value", nullValue())
                .body("threePublicControlRate.undefinedReason", containsString("未超支"))
                .body("warnings", hasSize(0));
    }

    @Test
    void metricsReadTheListedSumsWhereTheUnitYearStatesNoTotals() {
        String unit = unitWithBudget("""
                {"amountUnit":"YUAN","initialBudget":"1000000"}""");
        String metrics = BUDGETS + unit + "/2023/metrics";
        given().when().get(metrics).then().statusCode(200)
                .body("metrics.find { it.name == 'threePublicControlRate' }.value", nullValue())
                .body("metrics.find { it.name == 'specialFundDetailRate' }.value", nullValue());
        given().contentType(ContentType.JSON).body("""
                {"amountUnit":"YUAN","items":[{"item":"OVERSEAS_TRAVEL","budget":"0","actual":"0"},
                 {"item":"OFFICIAL_VEHICLES","budget":"30000","actual":"33000"},
                 {"item":"OFFICIAL_RECEPTION","budget":"20000","actual":"20000"}]}""")
                .when().put(BUDGETS + unit + "/2023/three-public-expenses").then().statusCode(200);
        given().contentType(ContentType.JSON).body("""
                {"amountUnit":"YUAN","specialFunds":[{"code":"ZX-1","name":"创文保卫治理经费","totalAmount":"200000",
                 "detailedAmount":"150000"}]}""")
                .when().put(BUDGETS + unit + "/2023/special-funds").then().statusCode(200);
        given().when().get(metrics).then().statusCode(200)
                .body("metrics.find { it.name == 'threePublicControlRate' }.value", equalTo("106.00"))
                .body("metrics.find { it.name == 'threePublicControlRate' }.inputs.threePublicBudget",
                        equalTo("50000.00"))
                .body("metrics.find { it.name == 'specialFundDetailRate' }.value", equalTo("75.00"));
    }

    @Test
    void threePublicItemsMustAddUpToTheUnitYearsFiguresOrAreRefusedWith422() {
        String unit = unitWithBudget("""
                {"amountUnit":"YUAN","initialBudget":"1000000","threePublicBudget":"50000","threePublicActual":"49500.50"}""");
        String path = BUDGETS + unit + "/2023/three-public-expenses";
        long[] before = rows(unit);
        given().contentType(ContentType.JSON).body("""
                {"amountUnit":"YUAN","items":[{"item":"OVERSEAS_TRAVEL","budget":"0","actual":"0"},
                 {"item":"OFFICIAL_VEHICLES","budget":"30000","actual":"31000"},
                 {"item":"OFFICIAL_RECEPTION","budget":"20000.01","actual":"18500.50"}]}""")
                .when().put(path)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.code", equalTo(List.of("THREE_PUBLIC_BUDGET_MISMATCH")))
                .body("errors[0].field", equalTo("items[].budget"))
                .body("errors[0].message", containsString("50000.01 元"));
        assertArrayEquals(before, rows(unit), "a refused list writes nothing");

        given().contentType(ContentType.JSON).body("""
                {"amountUnit":"YUAN","items":[{"item":"OVERSEAS_TRAVEL","budget":"0","actual":"0"},
                 {"item":"OFFICIAL_VEHICLES","budget":"30000","actual":"31000"},
                 {"item":"OFFICIAL_RECEPTION","budget":"20000","actual":"18500.50"}]}""")
                .when().put(path)
                .then().statusCode(200)
                .body("items[1].controlRate.value", equalTo("103.33"))
                .body("items[1].overspent", equalTo(true))
                .body("items[2].controlRate.value", equalTo("92.50"))
                .body("threePublicControlRate.value", equalTo("99.00"))
                .body("threePublicBudget", equalTo("50000.00"));

        // the unit-year's figure changes later: the stored items are flagged, not changed
        given().contentType(ContentType.JSON).body("""
                {"amountUnit":"YUAN","initialBudget":"1000000","threePublicBudget":"60000","threePublicActual":"49500.50"}""")
                .when().put(BUDGETS + unit + "/2023").then().statusCode(200);
        given().when().get(path).then().statusCode(200)
                .body("version", equalTo(1))
                .body("totalBudget", equalTo("50000.00"))
                .body("warnings.code", equalTo(List.of("THREE_PUBLIC_BUDGET_MISMATCH")));
    }

    @Test
    void specialFundsDeriveTheDetailRateAndMustAgreeWithTheUnitYear() {
        // seed 002: 专项经费均按项目分别细化编制，细化率达 99%
        String unit = unitWithBudget("""
                {"amountUnit":"TEN_THOUSAND_YUAN","initialBudget":"2181.72","specialFundsTotal":"300",
                 "specialFundsDetailed":"297"}""");
        String path = BUDGETS + unit + "/2023/special-funds";
        long[] before = rows(unit);
        given().contentType(ContentType.JSON).body("""
                {"amountUnit":"TEN_THOUSAND_YUAN","specialFunds":[
                 {"code":"ZX-1","name":"农村人居环境整治专项资金","totalAmount":"200","detailedAmount":"200"},
                 {"code":"ZX-2","name":"乡村振兴专项资金","totalAmount":"100","detailedAmount":"96"}]}""")
                .when().put(path)
                .then().statusCode(422)
                .body("errors.code", equalTo(List.of("SPECIAL_FUNDS_DETAILED_MISMATCH")))
                .body("errors[0].field", equalTo("specialFunds[].detailedAmount"));
        assertArrayEquals(before, rows(unit));

        given().contentType(ContentType.JSON).body("""
                {"amountUnit":"TEN_THOUSAND_YUAN","specialFunds":[
                 {"code":"ZX-1","name":"农村人居环境整治专项资金","totalAmount":"200","detailedAmount":"200"},
                 {"code":"ZX-2","name":"乡村振兴专项资金","totalAmount":"100","detailedAmount":"97"}]}""")
                .when().put(path)
                .then().statusCode(200)
                .body("specialFunds[1].totalAmount", equalTo("1000000.00"))
                .body("specialFunds[1].detailRate", equalTo("97.00"))
                .body("totalAmount", equalTo("3000000.00"))
                .body("detailedAmount", equalTo("2970000.00"))
                .body("specialFundDetailRate.value", equalTo("99.00"))
                .body("warnings", hasSize(0));
        // the same rate as the metrics endpoint computes from the unit-year's own figures
        given().when().get(BUDGETS + unit + "/2023/metrics").then().statusCode(200)
                .body("metrics.find { it.name == 'specialFundDetailRate' }.value", equalTo("99.00"));
    }

    @Test
    void septemberMonitoringComparesExecutionWithTimeProgress() {
        String unit = unitWithBudget("{\"amountUnit\":\"TEN_THOUSAND_YUAN\",\"initialBudget\":\"552.45\"}");
        String path = BUDGETS + unit + "/2023/monthly-execution";
        given().contentType(ContentType.JSON).body("""
                {"amountUnit":"TEN_THOUSAND_YUAN","months":[{"month":9,"cumulativeActual":"350.2"},
                 {"month":3,"cumulativeActual":"120.5"},{"month":6,"cumulativeActual":260}]}""")
                .when().put(path)
                .then().statusCode(200)
                .body("budgetInForce", equalTo("5524500.00"))
                .body("budgetInForceBasis", equalTo("initialBudget"))
                .body("months.month", equalTo(List.of(3, 6, 9)))
                .body("months[2].cumulativeActual", equalTo("3502000.00"))
                .body("months[2].executionProgress", equalTo("63.39"))
                .body("months[2].timeProgress", equalTo("75.00"))
                .body("months[2].progressGap", equalTo("11.61"))
                .body("months[2].behindSchedule", equalTo(true))
                .body("warnings", hasSize(0));

        // an adjustment later moves the progress with it
        given().contentType(ContentType.JSON)
                .body("{\"amountUnit\":\"TEN_THOUSAND_YUAN\",\"initialBudget\":\"552.45\",\"adjustedBudget\":\"400\"}")
                .when().put(BUDGETS + unit + "/2023").then().statusCode(200);
        given().when().get(path).then().statusCode(200)
                .body("budgetInForceBasis", equalTo("adjustedBudget"))
                .body("months[2].executionProgress", equalTo("87.55"))
                .body("months[2].behindSchedule", equalTo(false));

        long[] before = rows(unit);
        given().contentType(ContentType.JSON).body("""
                {"amountUnit":"TEN_THOUSAND_YUAN","months":[{"month":8,"cumulativeActual":"300"},
                 {"month":9,"cumulativeActual":"299.99"}]}""")
                .when().put(path)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("months[1].cumulativeActual"))
                .body("errors[0].code", equalTo("CUMULATIVE_DECREASED"))
                .body("errors[0].message", containsString("9 月"));
        assertArrayEquals(before, rows(unit));
    }

    @Test
    void allDetailsInOneAnswer() {
        String unit = seed001Unit();
        given().contentType(ContentType.JSON).body(SEED_001_PROJECTS)
                .when().put(BUDGETS + unit + "/2023/projects").then().statusCode(200);
        given().when().get(BUDGETS + unit + "/2023/details").then().statusCode(200)
                .body("budget.initialBudget", equalTo("5524500.00"))
                .body("budget.projectExpenditure", equalTo("1967500.00"))
                .body("projects.projects", hasSize(3))
                .body("threePublicExpenses.version", equalTo(0))
                .body("threePublicExpenses.items", hasSize(0))
                .body("specialFunds.specialFundDetailRate.value", nullValue())
                .body("monthlyExecution.months", hasSize(0));
        given().when().get(BUDGETS + unit + "/2022/details").then().statusCode(404)
                .body("detail", equalTo("budget of unit " + unit + " for year 2022 does not exist"));
    }

    @Test
    void anEmptyListWhereNoneWasStatedChangesNothing() {
        String unit = unitWithBudget("{\"amountUnit\":\"YUAN\",\"initialBudget\":\"100\"}");
        long[] before = rows(unit);
        given().contentType(ContentType.JSON).body("{\"amountUnit\":\"YUAN\",\"months\":[]}")
                .when().put(BUDGETS + unit + "/2023/monthly-execution")
                .then().statusCode(200).body("version", equalTo(0)).body("months", hasSize(0));
        assertArrayEquals(before, rows(unit), "no version, no audit entry, no event");
    }

    @Test
    void concurrentReplacementsOfOneListRunOneAfterTheOther() throws Exception {
        String unit = unitWithBudget("{\"amountUnit\":\"YUAN\",\"initialBudget\":\"100\"}");
        int writers = 6;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            for (int i = 0; i < writers; i++) {
                String body = "{\"amountUnit\":\"YUAN\",\"projects\":[" + project("\"" + (i + 1) + "\"", "\"1\"")
                        + ",{\"projectCode\":\"Q" + i + "\",\"projectName\":\"n\",\"initialBudget\":\"1\","
                        + "\"actualExpenditure\":\"1\"}]}";
                answers.add(pool.submit(() -> {
                    start.await();
                    return given().contentType(ContentType.JSON).body(body)
                            .when().put(BUDGETS + unit + "/2023/projects").statusCode();
                }));
            }
            start.countDown();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                assertEquals(200, answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        given().when().get(BUDGETS + unit + "/2023/projects").then().statusCode(200)
                .body("version", equalTo(writers)).body("projects", hasSize(2));
        assertEquals(2, Fixtures.count(db, "select count(*) from budget_project where unit_code = '" + unit + "'"));
    }

    // 4xx corpus: every refusal is problem+json naming the field, and writes nothing

    static Stream<Arguments> refusals() {
        return Stream.of(
                // 项目支出
                Arguments.of("projects", "{\"amountUnit\":\"YUAN\",\"projects\":[" + project("\"-1\"", "\"1\"") + "]}",
                        400, "projects[0].initialBudget", "NEGATIVE_AMOUNT"),
                Arguments.of("projects", "{\"amountUnit\":\"YUAN\",\"projects\":[" + project("\"1.005\"", "\"1\"") + "]}",
                        400, "projects[0].initialBudget", "TOO_MANY_DECIMALS"),
                Arguments.of("projects", "{\"amountUnit\":\"TEN_THOUSAND_YUAN\",\"projects\":["
                        + project("\"1\"", "\"1.0000001\"") + "]}", 400, "projects[0].actualExpenditure",
                        "TOO_MANY_DECIMALS"),
                Arguments.of("projects", "{\"amountUnit\":\"YUAN\",\"projects\":["
                        + project("\"99999999999999999999\"", "\"1\"") + "]}", 400, "projects[0].initialBudget",
                        "TOO_LARGE"),
                Arguments.of("projects", "{\"amountUnit\":\"YUAN\",\"projects\":[" + project("1e400", "\"1\"") + "]}",
                        400, "projects[0].initialBudget", "NOT_NUMERIC"),
                Arguments.of("projects", "{\"amountUnit\":\"YUAN\",\"projects\":[" + project("\"1\"", "\"1\"") + ","
                        + project("\"2\"", "\"2\"") + "]}", 400, "projects[1].projectCode", "DUPLICATE_PROJECT_CODE"),
                Arguments.of("projects", "{\"amountUnit\":\"YUAN\",\"projects\":[{\"projectCode\":\"P\","
                        + "\"projectName\":\"n\",\"initialBudget\":\"1\",\"actualExpenditure\":\"1\","
                        + "\"functionalCode\":\"2010\"}]}", 400, "projects[0].functionalCode",
                        "INVALID_FUNCTIONAL_CODE"),
                Arguments.of("projects", "{\"amountUnit\":\"YUAN\",\"projects\":[{\"projectCode\":\"P\","
                        + "\"projectName\":\"n\",\"initialBudget\":\"1\",\"actualExpenditure\":\"1\","
                        + "\"economicCode\":\"3010\"}]}", 400, "projects[0].economicCode", "INVALID_ECONOMIC_CODE"),
                Arguments.of("projects", "{\"amountUnit\":\"YUAN\",\"projects\":[{\"projectCode\":\"P\","
                        + "\"initialBudget\":\"1\",\"actualExpenditure\":\"1\"}]}", 400, "projects[0].projectName",
                        "MISSING_FIELD"),
                Arguments.of("projects", "{\"amountUnit\":\"YUAN\",\"projects\":[{\"projectCode\":\"P\","
                        + "\"projectName\":\"n\",\"fundSource\":\"BANK_LOAN\",\"initialBudget\":\"1\","
                        + "\"actualExpenditure\":\"1\"}]}", 400, "projects[0].fundSource", "INVALID_FORMAT"),
                Arguments.of("projects", "{\"amountUnit\":\"YUAN\",\"projects\":[{\"projectCode\":\"P\","
                        + "\"projectName\":\"n\",\"initialBudget\":{\"v\":1},\"actualExpenditure\":\"1\"}]}", 400,
                        "projects[0].initialBudget", "INVALID_VALUE"),
                Arguments.of("projects", "{\"amountUnit\":\"YUAN\",\"projects\":[{\"projectCode\":\"P\","
                        + "\"projectName\":\"n\",\"initialBudget\":\"1\",\"actualExpenditur\":\"1\"}]}", 400,
                        "projects[0].actualExpenditur", "UNKNOWN_FIELD"),
                Arguments.of("projects", "{\"amountUnit\":\"YUAN\",\"projects\":{}}", 400, "projects",
                        "INVALID_VALUE"),
                Arguments.of("projects", "{\"projects\":[]}", 400, "amountUnit", "NOTNULL"),
                Arguments.of("projects", "{\"amountUnit\":\"YUAN\"}", 400, "projects", "NOTNULL"),
                Arguments.of("projects", "{\"amountUnit\":\"DOLLAR\",\"projects\":[]}", 400, "amountUnit",
                        "INVALID_FORMAT"),
                Arguments.of("projects", "{\"amountUnit\":\"YUAN\",\"projects\":[", 400, null, null),
                // 三公经费
                Arguments.of("three-public-expenses", "{\"amountUnit\":\"YUAN\",\"items\":[{\"item\":\"OVERSEAS_TRAVEL\","
                        + "\"budget\":\"0\",\"actual\":\"0\"}]}", 400, "items", "MISSING_ITEM"),
                Arguments.of("three-public-expenses", "{\"amountUnit\":\"YUAN\",\"items\":[{\"item\":\"GIFTS\","
                        + "\"budget\":\"0\"}]}", 400, "items[0].item", "INVALID_FORMAT"),
                Arguments.of("three-public-expenses", "{\"amountUnit\":\"YUAN\",\"items\":[{\"item\":\"OVERSEAS_TRAVEL\","
                        + "\"budget\":\"-0.01\"},{\"item\":\"OFFICIAL_VEHICLES\",\"budget\":\"0\"},"
                        + "{\"item\":\"OFFICIAL_RECEPTION\",\"budget\":\"0\"}]}", 400, "items[0].budget",
                        "NEGATIVE_AMOUNT"),
                Arguments.of("three-public-expenses", "{\"amountUnit\":\"YUAN\",\"items\":[{\"item\":\"OVERSEAS_TRAVEL\","
                        + "\"budget\":[1]},{\"item\":\"OFFICIAL_VEHICLES\",\"budget\":\"0\"},"
                        + "{\"item\":\"OFFICIAL_RECEPTION\",\"budget\":\"0\"}]}", 400, "items[0].budget",
                        "INVALID_VALUE"),
                // 专项资金
                Arguments.of("special-funds", "{\"amountUnit\":\"YUAN\",\"specialFunds\":[{\"code\":\"Z\",\"name\":\"n\","
                        + "\"totalAmount\":\"1\",\"detailedAmount\":\"2\"}]}", 400, "specialFunds[0].detailedAmount",
                        "DETAILED_EXCEEDS_TOTAL"),
                Arguments.of("special-funds", "{\"amountUnit\":\"YUAN\",\"specialFunds\":[{\"code\":\"专项\",\"name\":\"n\","
                        + "\"totalAmount\":\"1\",\"detailedAmount\":\"1\"}]}", 400, "specialFunds[0].code",
                        "INVALID_SPECIAL_FUND_CODE"),
                // 月度执行
                Arguments.of("monthly-execution", "{\"amountUnit\":\"YUAN\",\"months\":[{\"month\":13,"
                        + "\"cumulativeActual\":\"1\"}]}", 400, "months[0].month", "MONTH_OUT_OF_RANGE"),
                Arguments.of("monthly-execution", "{\"amountUnit\":\"YUAN\",\"months\":[{\"month\":9.5,"
                        + "\"cumulativeActual\":\"1\"}]}", 400, "months[0].month", "NOT_AN_INTEGER"),
                Arguments.of("monthly-execution", "{\"amountUnit\":\"YUAN\",\"months\":[{\"month\":\"nine\","
                        + "\"cumulativeActual\":\"1\"}]}", 400, "months[0].month", "INVALID_FORMAT"),
                Arguments.of("monthly-execution", "{\"amountUnit\":\"YUAN\",\"months\":[{\"month\":1e999999999,"
                        + "\"cumulativeActual\":\"1\"}]}", 400, "months[0].month", "MONTH_OUT_OF_RANGE"),
                Arguments.of("monthly-execution", "{\"amountUnit\":\"YUAN\",\"months\":[{\"month\":3,"
                        + "\"cumulativeActual\":\"1\"},{\"month\":3,\"cumulativeActual\":\"2\"}]}", 400,
                        "months[1].month", "DUPLICATE_MONTH"),
                Arguments.of("monthly-execution", "{\"amountUnit\":\"YUAN\",\"months\":[{\"month\":3,"
                        + "\"cumulativeActual\":\"5\"},{\"month\":4,\"cumulativeActual\":\"4.99\"}]}", 400,
                        "months[1].cumulativeActual", "CUMULATIVE_DECREASED"),
                Arguments.of("monthly-execution", "{\"amountUnit\":\"YUAN\",\"months\":[{\"month\":3}]}", 400,
                        "months[0].cumulativeActual", "MISSING_FIELD"));
    }

    private static String project(String initial, String actual) {
        return "{\"projectCode\":\"P\",\"projectName\":\"项目\",\"initialBudget\":" + initial
                + ",\"actualExpenditure\":" + actual + "}";
    }

    @ParameterizedTest(name = "{0}: {2} {3} {4}")
    @MethodSource("refusals")
    void refusalsNameTheFieldAndWriteNothing(String list, String body, int status, String field, String code) {
        String unit = unitWithBudget("{\"amountUnit\":\"YUAN\",\"initialBudget\":\"100\"}");
        long[] before = rows(unit);
        ValidatableResponse answer = given().contentType(ContentType.JSON).body(body)
                .when().put(BUDGETS + unit + "/2023/" + list)
                .then().statusCode(status).contentType("application/problem+json").body("requestId", notNullValue());
        if (field != null) {
            answer.body("errors.field", hasItem(field)).body("errors.code", hasItem(code));
        }
        assertArrayEquals(before, rows(unit), "a refused list writes nothing");
    }

    @Test
    void anUnknownUnitOrYearWithoutBudgetIs404() {
        String unit = unitWithBudget("{\"amountUnit\":\"YUAN\",\"initialBudget\":\"100\"}");
        long[] before = rows(unit);
        for (String list : List.of("projects", "three-public-expenses", "special-funds", "monthly-execution")) {
            given().when().get(BUDGETS + "NO-SUCH-UNIT/2023/" + list).then().statusCode(404)
                    .body("detail", equalTo("unit NO-SUCH-UNIT does not exist"));
            given().contentType(ContentType.JSON).body("{\"amountUnit\":\"YUAN\",\"" + listField(list) + "\":[]}")
                    .when().put(BUDGETS + "NO-SUCH-UNIT/2023/" + list).then().statusCode(404)
                    .contentType("application/problem+json");
            given().contentType(ContentType.JSON).body("{\"amountUnit\":\"YUAN\",\"" + listField(list) + "\":[]}")
                    .when().put(BUDGETS + unit + "/2024/" + list).then().statusCode(404)
                    .body("detail", equalTo("budget of unit " + unit + " for year 2024 does not exist"));
            given().when().get(BUDGETS + unit + "/1899/" + list).then().statusCode(400)
                    .body("errors[0].field", equalTo("fiscalYear"));
        }
        assertArrayEquals(before, rows(unit));
    }

    private static String listField(String list) {
        return switch (list) {
            case "projects" -> "projects";
            case "three-public-expenses" -> "items";
            case "special-funds" -> "specialFunds";
            default -> "months";
        };
    }

    // docs/security.md: reads as for budgets, writes as for budgets, another region's unit does not exist

    static Stream<Arguments> callers() {
        String sameCity = "4104";
        String otherProvince = "11";
        return Stream.of(
                Arguments.of("finance-admin of the city", Tokens.of(Tokens.FINANCE_ADMIN, sameCity, null), 200, 200),
                Arguments.of("finance-admin of another province", Tokens.of(Tokens.FINANCE_ADMIN, otherProvince, null),
                        404, 404),
                Arguments.of("district system of the district", Tokens.of(Tokens.DISTRICT_SYSTEM, "410404", null),
                        200, 200),
                Arguments.of("district system of another district", Tokens.of(Tokens.DISTRICT_SYSTEM, "410402", null),
                        404, 404),
                Arguments.of("viewer of the city", Tokens.of(Tokens.VIEWER, sameCity, null), 200, 403),
                Arguments.of("viewer of another province", Tokens.of(Tokens.VIEWER, otherProvince, null), 404, 403),
                Arguments.of("evaluator of the city", Tokens.of(Tokens.EVALUATOR, sameCity, "AGENCY-1"), 200, 403),
                Arguments.of("reporter of another unit", Tokens.of(Tokens.UNIT_REPORTER, REGION, "OTHER-UNIT"), 404,
                        403));
    }

    @ParameterizedTest(name = "{0}: read {2}, write {3}")
    @MethodSource("callers")
    void theMatrixHoldsForEveryList(String who, String token, int read, int write) {
        String unit = unitWithBudget("{\"amountUnit\":\"YUAN\",\"initialBudget\":\"100\"}");
        for (String list : List.of("projects", "three-public-expenses", "special-funds", "monthly-execution",
                "details")) {
            ValidatableResponse answer = given().auth().oauth2(token).when().get(BUDGETS + unit + "/2023/" + list)
                    .then().statusCode(read);
            if (read == 404) {
                answer.body("detail", equalTo("unit " + unit + " does not exist"));
            }
        }
        for (String list : List.of("projects", "three-public-expenses", "special-funds", "monthly-execution")) {
            long[] before = rows(unit);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(validBody(list))
                    .when().put(BUDGETS + unit + "/2023/" + list)
                    .then().statusCode(write);
            if (write != 200) {
                assertArrayEquals(before, rows(unit), who + " changed " + list);
            }
        }
    }

    @Test
    void theUnitsOwnReporterReadsButNeverWrites() {
        String unit = unitWithBudget("{\"amountUnit\":\"YUAN\",\"initialBudget\":\"100\"}");
        String reporter = Tokens.of(Tokens.UNIT_REPORTER, REGION, unit);
        given().auth().oauth2(reporter).when().get(BUDGETS + unit + "/2023/projects").then().statusCode(200);
        long[] before = rows(unit);
        given().auth().oauth2(reporter).contentType(ContentType.JSON).body(validBody("projects"))
                .when().put(BUDGETS + unit + "/2023/projects").then().statusCode(403)
                .contentType("application/problem+json");
        assertArrayEquals(before, rows(unit));
    }

    private static String validBody(String list) {
        return switch (list) {
            case "projects" -> "{\"amountUnit\":\"YUAN\",\"projects\":[" + project("\"10\"", "\"5\"") + "]}";
            case "three-public-expenses" -> "{\"amountUnit\":\"YUAN\",\"items\":[{\"item\":\"OVERSEAS_TRAVEL\","
                    + "\"budget\":\"1\"},{\"item\":\"OFFICIAL_VEHICLES\",\"budget\":\"2\"},"
                    + "{\"item\":\"OFFICIAL_RECEPTION\",\"budget\":\"3\"}]}";
            case "special-funds" -> "{\"amountUnit\":\"YUAN\",\"specialFunds\":[{\"code\":\"Z\",\"name\":\"n\","
                    + "\"totalAmount\":\"2\",\"detailedAmount\":\"1\"}]}";
            default -> "{\"amountUnit\":\"YUAN\",\"months\":[{\"month\":1,\"cumulativeActual\":\"1\"}]}";
        };
    }

    @Test
    void everyOperationIsInTheOpenApiDocument() {
        ValidatableResponse doc = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200);
        for (String list : List.of("projects", "three-public-expenses", "special-funds", "monthly-execution")) {
            String path = "paths.'/api/v1/budgets/{unitCode}/{fiscalYear}/" + list + "'";
            doc.body(path + ".get.summary", notNullValue())
                    .body(path + ".get.responses.'200'.content.'application/json'.schema", notNullValue())
                    .body(path + ".get.responses.'404'.content", notNullValue())
                    .body(path + ".put.summary", notNullValue())
                    .body(path + ".put.requestBody.content.'application/json'.examples", notNullValue())
                    .body(path + ".put.responses.'200'.content.'application/json'.schema", notNullValue())
                    .body(path + ".put.responses.'400'.content.'application/problem+json'", notNullValue())
                    .body(path + ".put.responses.'403'", notNullValue())
                    .body(path + ".put.description", containsString("**Roles:**"));
        }
        doc.body("paths.'/api/v1/budgets/{unitCode}/{fiscalYear}/three-public-expenses'.put.responses.'422'.content"
                        + ".'application/problem+json'", notNullValue())
                .body("paths.'/api/v1/budgets/{unitCode}/{fiscalYear}/special-funds'.put.responses.'422'", notNullValue())
                .body("paths.'/api/v1/budgets/{unitCode}/{fiscalYear}/details'.get.summary", notNullValue())
                .body("components.schemas.ProjectLineRequest.properties.functionalCode.examples[0]", equalTo("2130599"))
                .body("components.schemas.MonthRequest.properties.month.type", equalTo("integer"));
    }

    /** Rows of the unit's detail lists and versions, and the service-wide event and audit counts. */
    private long[] rows(String unit) {
        String where = " where unit_code = '" + unit + "'";
        return new long[] {Fixtures.count(db, "select count(*) from budget_project" + where),
                Fixtures.count(db, "select count(*) from budget_three_public_expense" + where),
                Fixtures.count(db, "select count(*) from budget_special_fund" + where),
                Fixtures.count(db, "select count(*) from budget_monthly_execution" + where),
                Fixtures.count(db, "select coalesce(sum(version), 0) from budget_detail_set" + where),
                Fixtures.count(db, "select count(*) from outbox_message"),
                Fixtures.count(db, "select count(*) from audit_entry")};
    }

    private long outboxFor(String unit) {
        return Fixtures.count(db, "select count(*) from outbox_message where event_type = 'org.jixiao.budget.updated'"
                + " and subject = '" + unit + "/2023'");
    }
}
