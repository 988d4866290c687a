package org.jixiao.budget.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import java.util.UUID;
import org.jixiao.testsupport.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BudgetResourceTest {

    @BeforeAll
    static void readNumbersExactly() {
        RestAssured.config = RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static String registerUnit() {
        String code = "U" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON)
                .body("""
                        {"unitCode":"%s","name":"高庄街道办事处","type":"SUB_DISTRICT_OFFICE","regionCode":"410402001"}
                        """.formatted(code))
                .when().post("/api/v1/units").then().statusCode(201);
        return code;
    }

    @Test
    void storesTenThousandYuanExactlyAndComputesSeed001Metrics() {
        String unit = registerUnit();
        given().contentType(ContentType.JSON)
                .body("""
                        {"amountUnit":"TEN_THOUSAND_YUAN","initialBudget":"552.45","adjustedBudget":"667.92",
                         "actualExpenditure":"667.92","allSourceExpenditure":"994.07"}
                        """)
                .when().put("/api/v1/budgets/" + unit + "/2023")
                .then().statusCode(200)
                .body("initialBudget", equalTo("5524500.00"))
                .body("version", equalTo(1));

        given().when().get("/api/v1/budgets/" + unit + "/2023/metrics")
                .then().statusCode(200)
                .body("metrics.find { it.name == 'adjustmentRate' }.value", equalTo("20.90"))
                .body("metrics.find { it.name == 'executionRate' }.value", equalTo("100.00"))
                .body("finalAccountsIncomplete", equalTo(true));
    }

    @Test
    void seed003SixDecimalTenThousandYuanIsExactFen() {
        String unit = registerUnit();
        given().contentType(ContentType.JSON)
                .body("{\"amountUnit\":\"TEN_THOUSAND_YUAN\",\"initialBudget\":\"31385.997668\"}")
                .when().put("/api/v1/budgets/" + unit + "/2021")
                .then().statusCode(200)
                .body("initialBudget", equalTo("313859976.68"));
    }

    @Test
    void identicalPutChangesNothing() {
        String unit = registerUnit();
        String body = "{\"amountUnit\":\"YUAN\",\"initialBudget\":\"１２３．４５\",\"actualExpenditure\":\"100\"}";
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON).body(body)
                    .when().put("/api/v1/budgets/" + unit + "/2022")
                    .then().statusCode(200).body("version", equalTo(1)).body("initialBudget", equalTo("123.45"));
        }
    }

    @Test
    void badAmountsAreNamedAndNothingIsStored() {
        String unit = registerUnit();
        given().contentType(ContentType.JSON)
                .body("{\"amountUnit\":\"YUAN\",\"initialBudget\":\"-5\",\"actualExpenditure\":\"1.234\"}")
                .when().put("/api/v1/budgets/" + unit + "/2022")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("initialBudget"))
                .body("errors.code", hasItem("NEGATIVE_AMOUNT"))
                .body("errors.code", hasItem("TOO_MANY_DECIMALS"));
        given().when().get("/api/v1/budgets/" + unit + "/2022").then().statusCode(404);
    }

    @Test
    void clientMistakesAreProblemsNeverServerErrors() {
        String unit = registerUnit();
        given().contentType(ContentType.JSON).body("{\"amountUnit\":\"YUAN\",\"initialBudget\":")
                .when().put("/api/v1/budgets/" + unit + "/2022")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"amountUnit\":\"DOLLAR\",\"initialBudget\":\"1\"}")
                .when().put("/api/v1/budgets/" + unit + "/2022")
                .then().statusCode(400).body("errors[0].field", equalTo("amountUnit"));
        given().contentType(ContentType.JSON).body("{\"initialBudget\":\"1\"}")
                .when().put("/api/v1/budgets/" + unit + "/2022")
                .then().statusCode(400).body("errors.field", hasItem("amountUnit"));
        given().contentType(ContentType.JSON).body("{\"amountUnit\":\"YUAN\",\"initialBudget\":\"1\"}")
                .when().put("/api/v1/budgets/" + unit + "/1899")
                .then().statusCode(400).body("errors[0].field", equalTo("fiscalYear"));
        given().contentType(ContentType.JSON).body("{\"amountUnit\":\"YUAN\",\"initialBudget\":\"1\"}")
                .when().put("/api/v1/budgets/NOPE/2022")
                .then().statusCode(404).contentType("application/problem+json").body("requestId", notNullValue());
    }

    @Test
    void everyChangeIsInTheHistoryAndPastFiguresCanBeRead() throws InterruptedException {
        String unit = registerUnit();
        Instant beforeCreation = Instant.now();
        Thread.sleep(5);
        given().contentType(ContentType.JSON).header("X-Source-System", "district-410402")
                .header("X-Request-Id", "req-history-1")
                .body("{\"amountUnit\":\"YUAN\",\"initialBudget\":\"100.00\"}")
                .when().put("/api/v1/budgets/" + unit + "/2024").then().statusCode(200).body("version", equalTo(1));
        Thread.sleep(5);
        Instant betweenChanges = Instant.now();
        Thread.sleep(5);
        // who changed it is the caller's token subject
        given().auth().oauth2(Tokens.claims(Tokens.FINANCE_ADMIN, "41", null).subject("chen.jing@czj-4104").sign())
                .contentType(ContentType.JSON)
                .body("{\"amountUnit\":\"YUAN\",\"initialBudget\":\"250.50\"}")
                .when().put("/api/v1/budgets/" + unit + "/2024").then().statusCode(200).body("version", equalTo(2));
        // an identical PUT is no change and leaves no trace
        given().contentType(ContentType.JSON)
                .body("{\"amountUnit\":\"YUAN\",\"initialBudget\":\"250.5\"}")
                .when().put("/api/v1/budgets/" + unit + "/2024").then().statusCode(200).body("version", equalTo(2));

        given().when().get("/api/v1/budgets/" + unit + "/2024/history")
                .then().statusCode(200)
                .body("items.size()", equalTo(2))
                .body("items[0].version", equalTo(1))
                .body("items[0].changedBy", equalTo("finance-admin@CN"))
                .body("items[0].sourceSystem", equalTo("district-410402"))
                .body("items[0].requestId", equalTo("req-history-1"))
                .body("items[0].before", nullValue())
                .body("items[0].after.initialBudget", equalTo("100.00"))
                .body("items[1].changedBy", equalTo("chen.jing@czj-4104"))
                .body("items[1].sourceSystem", nullValue())
                .body("items[1].before.initialBudget", equalTo("100.00"))
                .body("items[1].after.initialBudget", equalTo("250.50"));

        given().queryParam("asOf", betweenChanges.toString())
                .when().get("/api/v1/budgets/" + unit + "/2024")
                .then().statusCode(200).body("version", equalTo(1)).body("initialBudget", equalTo("100.00"));
        given().queryParam("asOf", Instant.now().toString())
                .when().get("/api/v1/budgets/" + unit + "/2024")
                .then().statusCode(200).body("version", equalTo(2)).body("initialBudget", equalTo("250.50"));
        given().queryParam("asOf", beforeCreation.atOffset(ZoneOffset.ofHours(8)).toString())
                .when().get("/api/v1/budgets/" + unit + "/2024")
                .then().statusCode(404).contentType("application/problem+json");
        given().queryParam("asOf", "yesterday")
                .when().get("/api/v1/budgets/" + unit + "/2024")
                .then().statusCode(400).body("errors[0].field", equalTo("asOf"));
        given().when().get("/api/v1/budgets/" + unit + "/2025/history").then().statusCode(404);
    }

    @Test
    void aBadSourceSystemHeaderIsRefusedByName() {
        String unit = registerUnit();
        given().contentType(ContentType.JSON).header("X-Source-System", "<script>")
                .body("{\"amountUnit\":\"YUAN\",\"initialBudget\":\"1\"}")
                .when().put("/api/v1/budgets/" + unit + "/2024")
                .then().statusCode(400).body("errors[0].field", equalTo("X-Source-System"));
        given().when().get("/api/v1/budgets/" + unit + "/2024").then().statusCode(404);
    }

    @Test
    void staffControlRateUsesTheYearlyProfileWhenTheBudgetHasNoHeadCounts() {
        String unit = registerUnit();
        given().contentType(ContentType.JSON).body("{\"amountUnit\":\"YUAN\",\"initialBudget\":\"10\"}")
                .when().put("/api/v1/budgets/" + unit + "/2023").then().statusCode(200);
        given().when().get("/api/v1/budgets/" + unit + "/2023/metrics")
                .then().statusCode(200).body("metrics.find { it.name == 'staffControlRate' }.value", nullValue());
        given().contentType(ContentType.JSON).body("{\"authorisedPosts\":45,\"staffInPost\":44}")
                .when().put("/api/v1/units/" + unit + "/profiles/2023").then().statusCode(200);
        given().when().get("/api/v1/budgets/" + unit + "/2023/metrics")
                .then().statusCode(200)
                .body("metrics.find { it.name == 'staffControlRate' }.value", equalTo("97.78"));
    }

    private static final String BREAKDOWN_ROW = """
            {"amountUnit":"TEN_THOUSAND_YUAN","initialBudget":"552.45","adjustedBudget":"667.92",
             "actualExpenditure":"667.92","basicExpenditure":"600","personnelExpenditure":"450",
             "operatingExpenditure":"150","projectExpenditure":"67.92",
             "fundSourceExpenditure":{"GENERAL_APPROPRIATION":"667.92","UNIT_OWN":"326.15"},
             "allSourceExpenditure":"994.07","finalAccountsExpenditure":"667.92","authorisedPosts":45}""";

    /** The row with more fields. */
    private static String with(String row, String fields) {
        return row.substring(0, row.lastIndexOf('}')) + "," + fields + "}";
    }

    @Test
    void aPutWithTheBreakdownStoresAndKeepsIt() {
        String unit = registerUnit();
        given().contentType(ContentType.JSON).body(BREAKDOWN_ROW)
                .when().put("/api/v1/budgets/" + unit + "/2023")
                .then().statusCode(200)
                .body("version", equalTo(1))
                .body("basicExpenditure", equalTo("6000000.00"))
                .body("personnelExpenditure", equalTo("4500000.00"))
                .body("operatingExpenditure", equalTo("1500000.00"))
                .body("projectExpenditure", equalTo("679200.00"))
                .body("fundSourceExpenditure.GENERAL_APPROPRIATION", equalTo("6679200.00"))
                .body("fundSourceExpenditure.UNIT_OWN", equalTo("3261500.00"));
        // the same body again changes nothing; the breakdown is still there
        given().contentType(ContentType.JSON).body(BREAKDOWN_ROW)
                .when().put("/api/v1/budgets/" + unit + "/2023")
                .then().statusCode(200).body("version", equalTo(1));
        // a PUT that changes one figure and restates the breakdown keeps it
        given().contentType(ContentType.JSON).body(BREAKDOWN_ROW.replace("\"552.45\"", "\"560\""))
                .when().put("/api/v1/budgets/" + unit + "/2023")
                .then().statusCode(200).body("version", equalTo(2)).body("initialBudget", equalTo("5600000.00"));
        given().when().get("/api/v1/budgets/" + unit + "/2023")
                .then().statusCode(200)
                .body("basicExpenditure", equalTo("6000000.00"))
                .body("personnelExpenditure", equalTo("4500000.00"))
                .body("operatingExpenditure", equalTo("1500000.00"))
                .body("projectExpenditure", equalTo("679200.00"))
                .body("fundSourceExpenditure.UNIT_OWN", equalTo("3261500.00"))
                .body("authorisedPosts", equalTo(45));
    }

    @Test
    void aPushThenAPutOfTheSameRowRoundTrips() {
        String unit = registerUnit();
        String row = BREAKDOWN_ROW.replaceFirst("\\{", "{\"unitCode\":\"" + unit + "\",\"fiscalYear\":2023,");
        given().contentType(ContentType.JSON).body("[" + with(row, "\"projects\":[{\"projectCode\":\"P-1\","
                        + "\"projectName\":\"秸秆禁烧经费\",\"initialBudget\":\"60\",\"actualExpenditure\":\"67.92\"}]") + "]")
                .when().post("/api/v1/imports/budgets")
                .then().statusCode(200).body("importCount.imported", equalTo(1));
        String pushed = given().when().get("/api/v1/budgets/" + unit + "/2023")
                .then().statusCode(200).body("version", equalTo(1)).extract().asString();

        // the very row of the push, unitCode and fiscalYear included: nothing changes, nothing is lost
        given().contentType(ContentType.JSON).body(row)
                .when().put("/api/v1/budgets/" + unit + "/2023")
                .then().statusCode(200).body("version", equalTo(1));
        org.junit.jupiter.api.Assertions.assertEquals(pushed,
                given().when().get("/api/v1/budgets/" + unit + "/2023").then().statusCode(200).extract().asString());
        // the project list the push carried stays: a PUT without lists leaves them as they are
        given().when().get("/api/v1/budgets/" + unit + "/2023/projects")
                .then().statusCode(200).body("projects.size()", equalTo(1))
                .body("projects[0].actualExpenditure", equalTo("679200.00"));

        // and the other way round: a PUT, then a push of the same row, changes nothing either
        String other = registerUnit();
        String otherRow = BREAKDOWN_ROW.replaceFirst("\\{", "{\"unitCode\":\"" + other + "\",\"fiscalYear\":2023,");
        given().contentType(ContentType.JSON).body(otherRow)
                .when().put("/api/v1/budgets/" + other + "/2023").then().statusCode(200).body("version", equalTo(1));
        given().contentType(ContentType.JSON).body("[" + otherRow + "]").when().post("/api/v1/imports/budgets")
                .then().statusCode(200).body("importCount.imported", equalTo(0))
                .body("importCount.updated", equalTo(0)).body("importCount.ignored", equalTo(1));
    }

    @Test
    void aPutCarriesTheDetailListsOfAPushRow() {
        String unit = registerUnit();
        given().contentType(ContentType.JSON).body(with(BREAKDOWN_ROW, "\"threePublicBudget\":\"5\","
                        + "\"threePublicExpenses\":[{\"item\":\"OVERSEAS_TRAVEL\",\"budget\":\"0\"},"
                        + "{\"item\":\"OFFICIAL_VEHICLES\",\"budget\":\"3\"},{\"item\":\"OFFICIAL_RECEPTION\",\"budget\":\"2\"}]"))
                .when().put("/api/v1/budgets/" + unit + "/2023")
                .then().statusCode(200).body("threePublicBudget", equalTo("50000.00"));
        given().when().get("/api/v1/budgets/" + unit + "/2023/three-public-expenses")
                .then().statusCode(200).body("version", equalTo(1)).body("items.size()", equalTo(3))
                .body("totalBudget", equalTo("50000.00"));
        // items that do not add up to the row's threePublicBudget are refused, as in a push
        given().contentType(ContentType.JSON).body(with(BREAKDOWN_ROW, "\"threePublicBudget\":\"6\","
                        + "\"threePublicExpenses\":[{\"item\":\"OVERSEAS_TRAVEL\",\"budget\":\"0\"},"
                        + "{\"item\":\"OFFICIAL_VEHICLES\",\"budget\":\"3\"},{\"item\":\"OFFICIAL_RECEPTION\",\"budget\":\"2\"}]"))
                .when().put("/api/v1/budgets/" + unit + "/2023")
                .then().statusCode(400).body("errors.code", hasItem("THREE_PUBLIC_BUDGET_MISMATCH"));
    }

    @Test
    void aPutIsValidatedLikeAPushRow() {
        String unit = registerUnit();
        given().contentType(ContentType.JSON).body(BREAKDOWN_ROW.replace("\"67.92\",\n", "\"60\",\n"))
                .when().put("/api/v1/budgets/" + unit + "/2023")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.code", hasItem("BASIC_PLUS_PROJECT_NOT_TOTAL"));
        given().contentType(ContentType.JSON)
                .body("{\"amountUnit\":\"元\",\"initialBudget\":\"1\",\"initialbudget\":\"2\",\"unitCode\":\"OTHER\","
                        + "\"fiscalYear\":2022,\"authorisedPosts\":-1}")
                .when().put("/api/v1/budgets/" + unit + "/2023")
                .then().statusCode(400)
                .body("errors.code", hasItem("UNKNOWN_FIELD"))
                .body("errors.code", hasItem("NEGATIVE_COUNT"))
                .body("errors.findAll { it.code == 'PATH_MISMATCH' }.field", org.hamcrest.Matchers.contains("unitCode",
                        "fiscalYear"));
        given().when().get("/api/v1/budgets/" + unit + "/2023").then().statusCode(404);
        given().contentType(ContentType.JSON).body("[" + BREAKDOWN_ROW + "]")
                .when().put("/api/v1/budgets/" + unit + "/2023")
                .then().statusCode(400).body("errors[0].field", equalTo("body"));
        // the labels 元 / 万元 are read as in a push
        given().contentType(ContentType.JSON).body("{\"amountUnit\":\"万元\",\"initialBudget\":\"1\"}")
                .when().put("/api/v1/budgets/" + unit + "/2023")
                .then().statusCode(200).body("initialBudget", equalTo("10000.00"));
    }

    @Test
    void thePutBodyAndThePushRowAreTheSameSchema() throws Exception {
        com.fasterxml.jackson.databind.JsonNode schemas = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().asString())
                .path("components").path("schemas");
        com.fasterxml.jackson.databind.JsonNode put = schemas.path("BudgetRequest").path("properties");
        com.fasterxml.jackson.databind.JsonNode row = schemas.path("BudgetRow").path("properties");
        java.util.List<String> putFields = new java.util.ArrayList<>();
        put.fieldNames().forEachRemaining(putFields::add);
        java.util.List<String> rowFields = new java.util.ArrayList<>();
        row.fieldNames().forEachRemaining(rowFields::add);
        org.junit.jupiter.api.Assertions.assertEquals(rowFields, putFields);
        org.junit.jupiter.api.Assertions.assertTrue(putFields.containsAll(java.util.List.of("basicExpenditure",
                "personnelExpenditure", "operatingExpenditure", "projectExpenditure", "fundSourceExpenditure",
                "projects", "threePublicExpenses", "specialFunds", "monthlyExecution")), putFields.toString());
        for (String field : putFields) {
            if (field.equals("unitCode") || field.equals("fiscalYear")) {
                continue; // required in a push, taken from the path by a PUT: only their descriptions differ
            }
            org.junit.jupiter.api.Assertions.assertEquals(row.get(field), put.get(field), field);
        }
        org.junit.jupiter.api.Assertions.assertEquals(
                schemas.path("BudgetRow").path("required").toString().replace("\"unitCode\",", "")
                        .replace("\"fiscalYear\",", ""),
                schemas.path("BudgetRequest").path("required").toString());
        org.junit.jupiter.api.Assertions.assertTrue(put.path("amountUnit").toString().contains("AmountUnit"),
                put.path("amountUnit").toString());
    }
}
