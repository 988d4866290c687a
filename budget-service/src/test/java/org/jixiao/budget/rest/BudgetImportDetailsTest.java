package org.jixiao.budget.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A JSON push row that carries the unit-year's detail lists (项目支出, 三公经费, 专项资金, 月度执行): imported with the row,
 * validated as the sub-resources validate them, reported as the row's conflicts, and left alone when absent.
 */
@QuarkusTest
class BudgetImportDetailsTest {
    private static final String PUSH = "/api/v1/imports/budgets";
    private static final String BUDGETS = "/api/v1/budgets/";
    private static final String REGION = "410404002";

    private static final String PROJECTS = """
            [{"projectCode":"410402-2023-001","projectName":"秸秆禁烧经费","fundSource":"GENERAL_APPROPRIATION",
              "initialBudget":"30","actualExpenditure":"36.5","functionalCode":"2130599","economicCode":"30227"},
             {"projectCode":"410402-2023-002","projectName":"综合治理工作经费","initialBudget":"40",
              "adjustedBudget":"45","actualExpenditure":"45","functionalCode":"20406","economicCode":"302"},
             {"projectCode":"410402-2023-003","projectName":"武装工作经费","initialBudget":100,
              "adjustedBudget":"115.25","actualExpenditure":"115.25","functionalCode":"203"}]""";
    private static final String THREE_PUBLIC = """
            [{"item":"OVERSEAS_TRAVEL","budget":"0","actual":"0"},{"item":"OFFICIAL_VEHICLES","budget":"2",
              "actual":"1.5"},{"item":"OFFICIAL_RECEPTION","budget":1,"actual":"1"}]""";
    private static final String SPECIAL_FUNDS = """
            [{"code":"ZX-1","name":"农村人居环境整治专项资金","totalAmount":"200","detailedAmount":"200"},
             {"code":"ZX-2","name":"乡村振兴专项资金","totalAmount":"100","detailedAmount":"97"}]""";
    private static final String MONTHS = """
            [{"month":3,"cumulativeActual":"120.5"},{"month":6,"cumulativeActual":"260"},
             {"month":9,"cumulativeActual":"350.2"}]""";

    @Inject
    DataSource db;

    @BeforeAll
    static void exactNumbers() {
        Fixtures.readNumbersExactly();
    }

    /** Seed 001's figures with 三公经费 3 / 2.5 万元 and 专项资金 300 / 297 万元, and {@code lists} appended. */
    private static String row(String unit, String lists) {
        return """
                {"unitCode":"%s","fiscalYear":2023,"amountUnit":"TEN_THOUSAND_YUAN","initialBudget":"552.45",
                 "actualExpenditure":"667.92","basicExpenditure":"471.17","projectExpenditure":"196.75",
                 "threePublicBudget":"3","threePublicActual":"2.5","specialFundsTotal":"300",
                 "specialFundsDetailed":"297"%s}""".formatted(unit, lists.isEmpty() ? "" : "," + lists);
    }

    private static String allLists() {
        return "\"projects\":" + PROJECTS + ",\"threePublicExpenses\":" + THREE_PUBLIC + ",\"specialFunds\":"
                + SPECIAL_FUNDS + ",\"monthlyExecution\":" + MONTHS;
    }

    private static String body(String... rows) {
        return "{\"rows\":[" + String.join(",", rows) + "]}";
    }

    private long events(String unit) {
        return Fixtures.count(db, "select count(*) from outbox_message where subject = '" + unit + "/2023'");
    }

    /** Rows of every table a push with lists writes, to prove that a refused or dry push wrote nothing. */
    private long[] allRows() {
        long[] budget = Fixtures.writtenRows(db);
        return new long[] {budget[0], budget[1], budget[2], budget[3],
                Fixtures.count(db, "select count(*) from budget_project"),
                Fixtures.count(db, "select count(*) from budget_three_public_expense"),
                Fixtures.count(db, "select count(*) from budget_special_fund"),
                Fixtures.count(db, "select count(*) from budget_monthly_execution"),
                Fixtures.count(db, "select count(*) from budget_detail_set"),
                Fixtures.count(db, "select count(*) from audit_entry")};
    }

    private static void versions(String unit, int projects, int threePublic, int funds, int months) {
        given().when().get(BUDGETS + unit + "/2023/projects").then().statusCode(200).body("version", equalTo(projects));
        given().when().get(BUDGETS + unit + "/2023/three-public-expenses").then().statusCode(200)
                .body("version", equalTo(threePublic));
        given().when().get(BUDGETS + unit + "/2023/special-funds").then().statusCode(200)
                .body("version", equalTo(funds));
        given().when().get(BUDGETS + unit + "/2023/monthly-execution").then().statusCode(200)
                .body("version", equalTo(months));
    }

    private static long auditEntries(String unit, String action) {
        return given().when().get("/api/v1/audit/budget?action=" + action + "&resourceId=" + unit + "/2023")
                .then().statusCode(200).extract().jsonPath().getLong("total");
    }

    @Test
    void aRowWithAllFourListsImportsThemAndAReplayChangesNothing() {
        String unit = Fixtures.registerUnit(REGION);
        String body = body(row(unit, allLists()));
        String key = "details-" + UUID.randomUUID();
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(PUSH).then().statusCode(200)
                .body("importStatus", equalTo("SUCCESS"))
                .body("importCount.imported", equalTo(1))
                .extract().asString();
        assertEquals(1, events(unit), "one budget.updated for the new budget and its lists together");

        given().when().get(BUDGETS + unit + "/2023/projects").then().statusCode(200)
                .body("version", equalTo(1))
                .body("projects.projectCode", equalTo(List.of("410402-2023-001", "410402-2023-002",
                        "410402-2023-003")))
                .body("projects[0].actualExpenditure", equalTo("365000.00"))
                .body("totalActualExpenditure", equalTo("1967500.00"))
                .body("warnings", hasSize(0));
        given().when().get(BUDGETS + unit + "/2023/three-public-expenses").then().statusCode(200)
                .body("version", equalTo(1)).body("items", hasSize(3))
                .body("totalBudget", equalTo("30000.00"))
                .body("totalActual", equalTo("25000.00"))
                .body("warnings", hasSize(0));
        given().when().get(BUDGETS + unit + "/2023/special-funds").then().statusCode(200)
                .body("version", equalTo(1)).body("specialFunds", hasSize(2))
                .body("specialFundDetailRate.value", equalTo("99.00"));
        given().when().get(BUDGETS + unit + "/2023/monthly-execution").then().statusCode(200)
                .body("version", equalTo(1)).body("months", hasSize(3))
                .body("months[2].cumulativeActual", equalTo("3502000.00"));
        assertEquals(1, auditEntries(unit, "PUT_PROJECTS"));
        assertEquals(1, auditEntries(unit, "PUT_MONTHLY_EXECUTION"));

        long[] before = allRows();
        String replay = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(PUSH).then().statusCode(200).extract().asString();
        assertEquals(first, replay, "the first answer");
        assertArrayEquals(before, allRows(), "a replay writes nothing");

        // the same row and lists again, without a key: nothing changes, nothing is recorded
        given().contentType(ContentType.JSON).body(body).when().post(PUSH).then().statusCode(200)
                .body("importCount.ignored", equalTo(1)).body("importCount.updated", equalTo(0));
        versions(unit, 1, 1, 1, 1);
        assertEquals(1, events(unit));
        assertEquals(1, auditEntries(unit, "PUT_PROJECTS"));
    }

    @Test
    void aDryRunValidatesTheListsAndWritesNothing() {
        String unit = Fixtures.registerUnit(REGION);
        long[] before = allRows();
        given().contentType(ContentType.JSON).queryParam("dryRun", "true").body(body(row(unit, allLists())))
                .when().post(PUSH).then().statusCode(200)
                .body("dryRun", equalTo(true)).body("importCount.imported", equalTo(1));
        given().contentType(ContentType.JSON).queryParam("dryRun", "true")
                .body(body(row(unit, "\"projects\":[{\"projectCode\":\"P-1\",\"projectName\":\"x\"}]")))
                .when().post(PUSH).then().statusCode(422)
                .body("conflicts.field", hasItem("projects[0].initialBudget"));
        assertArrayEquals(before, allRows());
    }

    private static String twoRowsOneBadList(String good, String bad) {
        String badProjects = PROJECTS.replace("\"actualExpenditure\":\"115.25\"", "\"actualExpenditure\":\"-1\"")
                .replace("\"functionalCode\":\"20406\"", "\"functionalCode\":\"2040\"");
        return body(row(good, allLists()),
                row(bad, "\"projects\":" + badProjects + ",\"monthlyExecution\":[{\"month\":13,\"cumulativeActual\":1},"
                        + "{\"month\":\"x\",\"cumulativeActual\":2}],\"threePublicExpenses\":[{\"item\":\"GIFTS\","
                        + "\"budget\":1}]"));
    }

    @Test
    void anInvalidListIsARowConflictWithFieldPathsAndAnAtomicPushWritesNothing() {
        String good = Fixtures.registerUnit(REGION);
        String bad = Fixtures.registerUnit(REGION);
        long[] before = allRows();
        var conflicts = given().contentType(ContentType.JSON).body(twoRowsOneBadList(good, bad))
                .when().post(PUSH).then().statusCode(422)
                .body("importStatus", equalTo("ERROR"))
                .body("importCount.conflicts", equalTo(1))
                .extract().jsonPath().<Map<String, Object>>getList("conflicts");
        List<String> seen = conflicts.stream().map(c -> c.get("row") + " " + c.get("field") + " " + c.get("code"))
                .toList();
        assertEquals(List.of("2 monthlyExecution[1].month NOT_AN_INTEGER",
                "2 threePublicExpenses[0].item INVALID_FORMAT",
                "2 projects[1].functionalCode INVALID_FUNCTIONAL_CODE",
                "2 projects[2].actualExpenditure NEGATIVE_AMOUNT",
                "2 threePublicExpenses MISSING_ITEM",
                "2 threePublicExpenses MISSING_ITEM",
                "2 threePublicExpenses MISSING_ITEM",
                "2 monthlyExecution[0].month MONTH_OUT_OF_RANGE"), seen);
        assertArrayEquals(before, allRows(), "nothing written");
    }

    @Test
    void perRowImportsTheGoodRowWithItsListsAndSkipsTheBadRowWhole() {
        String good = Fixtures.registerUnit(REGION);
        String bad = Fixtures.registerUnit(REGION);
        given().contentType(ContentType.JSON).queryParam("mode", "PER_ROW").body(twoRowsOneBadList(good, bad))
                .when().post(PUSH).then().statusCode(200)
                .body("importStatus", equalTo("WARNING"))
                .body("importCount.imported", equalTo(1))
                .body("importCount.conflicts", equalTo(1));
        versions(good, 1, 1, 1, 1);
        given().when().get(BUDGETS + bad + "/2023").then().statusCode(404);
        assertEquals(0, Fixtures.count(db, "select count(*) from budget_project where unit_code = '" + bad + "'"));
    }

    @Test
    void listSumsThatDisagreeWithTheRowsFiguresAreRowConflicts() {
        String unit = Fixtures.registerUnit(REGION);
        long[] before = allRows();
        String wrongThreePublic = THREE_PUBLIC.replace("\"budget\":\"2\"", "\"budget\":\"2.5\"");
        String wrongFunds = SPECIAL_FUNDS.replace("\"detailedAmount\":\"97\"", "\"detailedAmount\":\"90\"");
        given().contentType(ContentType.JSON)
                .body(body(row(unit, "\"threePublicExpenses\":" + wrongThreePublic + ",\"specialFunds\":" + wrongFunds)))
                .when().post(PUSH).then().statusCode(422)
                .body("conflicts.field", equalTo(List.of("threePublicExpenses[].budget",
                        "specialFunds[].detailedAmount")))
                .body("conflicts.code", equalTo(List.of("THREE_PUBLIC_BUDGET_MISMATCH",
                        "SPECIAL_FUNDS_DETAILED_MISMATCH")))
                .body("conflicts.row", equalTo(List.of(1, 1)));
        assertArrayEquals(before, allRows());
    }

    @Test
    void anAbsentListStaysAndAnEmptyListClearsIt() {
        String unit = Fixtures.registerUnit(REGION);
        given().contentType(ContentType.JSON).body(body(row(unit, allLists()))).when().post(PUSH)
                .then().statusCode(200);
        assertEquals(1, events(unit));

        // same figures, only an empty 项目支出 list: that list is cleared, the three others stay as they were
        given().contentType(ContentType.JSON).body(body(row(unit, "\"projects\":[]"))).when().post(PUSH)
                .then().statusCode(200)
                .body("importCount.updated", equalTo(1)).body("importCount.ignored", equalTo(0));
        given().when().get(BUDGETS + unit + "/2023/projects").then().statusCode(200)
                .body("version", equalTo(2)).body("projects", hasSize(0));
        given().when().get(BUDGETS + unit + "/2023/three-public-expenses").then().statusCode(200)
                .body("version", equalTo(1)).body("items", hasSize(3));
        versions(unit, 2, 1, 1, 1);
        assertEquals(2, events(unit), "one budget.updated for the changed list");
        assertEquals(2, auditEntries(unit, "PUT_PROJECTS"));

        // new figures and a changed list in one row: still one event
        given().contentType(ContentType.JSON)
                .body(body(row(unit, "\"monthlyExecution\":[{\"month\":12,\"cumulativeActual\":\"667.92\"}]")
                        .replace("\"552.45\"", "\"560\"")))
                .when().post(PUSH).then().statusCode(200).body("importCount.updated", equalTo(1));
        versions(unit, 2, 1, 1, 2);
        assertEquals(3, events(unit));
    }
}
