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
import java.math.BigDecimal;
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
                        {"code":"%s","name":"高庄街道办事处","type":"SUB_DISTRICT_OFFICE","regionCode":"410402001"}
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
                .body("initialBudget", equalTo(new BigDecimal("5524500.00")))
                .body("version", equalTo(1));

        given().when().get("/api/v1/budgets/" + unit + "/2023/metrics")
                .then().statusCode(200)
                .body("metrics.find { it.name == 'adjustmentRate' }.value", equalTo(new BigDecimal("20.90")))
                .body("metrics.find { it.name == 'executionRate' }.value", equalTo(new BigDecimal("100.00")))
                .body("finalAccountsIncomplete", equalTo(true));
    }

    @Test
    void seed003SixDecimalTenThousandYuanIsExactFen() {
        String unit = registerUnit();
        given().contentType(ContentType.JSON)
                .body("{\"amountUnit\":\"TEN_THOUSAND_YUAN\",\"initialBudget\":\"31385.997668\"}")
                .when().put("/api/v1/budgets/" + unit + "/2021")
                .then().statusCode(200)
                .body("initialBudget", equalTo(new BigDecimal("313859976.68")));
    }

    @Test
    void identicalPutChangesNothing() {
        String unit = registerUnit();
        String body = "{\"amountUnit\":\"YUAN\",\"initialBudget\":\"１２３．４５\",\"actualExpenditure\":\"100\"}";
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON).body(body)
                    .when().put("/api/v1/budgets/" + unit + "/2022")
                    .then().statusCode(200).body("version", equalTo(1)).body("initialBudget", equalTo(new BigDecimal("123.45")));
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
                .body("errors.code", hasItem("NEGATIVE"))
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
                .body("changes.size()", equalTo(2))
                .body("changes[0].version", equalTo(1))
                .body("changes[0].changedBy", equalTo("finance-admin@CN"))
                .body("changes[0].sourceSystem", equalTo("district-410402"))
                .body("changes[0].requestId", equalTo("req-history-1"))
                .body("changes[0].before", nullValue())
                .body("changes[0].after.initialBudget", equalTo(new BigDecimal("100.00")))
                .body("changes[1].changedBy", equalTo("chen.jing@czj-4104"))
                .body("changes[1].sourceSystem", nullValue())
                .body("changes[1].before.initialBudget", equalTo(new BigDecimal("100.00")))
                .body("changes[1].after.initialBudget", equalTo(new BigDecimal("250.50")));

        given().queryParam("asOf", betweenChanges.toString())
                .when().get("/api/v1/budgets/" + unit + "/2024")
                .then().statusCode(200).body("version", equalTo(1)).body("initialBudget", equalTo(new BigDecimal("100.00")));
        given().queryParam("asOf", Instant.now().toString())
                .when().get("/api/v1/budgets/" + unit + "/2024")
                .then().statusCode(200).body("version", equalTo(2)).body("initialBudget", equalTo(new BigDecimal("250.50")));
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
                .body("metrics.find { it.name == 'staffControlRate' }.value", equalTo(new BigDecimal("97.78")));
    }
}
