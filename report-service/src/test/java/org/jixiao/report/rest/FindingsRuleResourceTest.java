package org.jixiao.report.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FindingsRuleResourceTest {

    @Test
    void listsTheBuiltInCatalogue() {
        given().when().get("/api/v1/findings-rules").then().statusCode(200)
                .body("items.id", hasItem("budget-adjustment"))
                .body("items.find { it.id == 'budget-adjustment' }.origin", equalTo("BUILT_IN"))
                .body("items.find { it.id == 'budget-adjustment' }.condition", equalTo("adjustmentRate > 5%"))
                .body("items.find { it.id == 'final-accounts-incomplete' }.citation", containsString("预算法"))
                .body("page", equalTo(0)).body("size", equalTo(50));
        given().when().get("/api/v1/findings-rules/carry-over").then().statusCode(200)
                .body("severity", equalTo("LOW"));
    }

    @Test
    void refusesARuleThatDoesNotParseNamingTheFieldAndPosition() {
        given().contentType(ContentType.JSON).body("""
                {"id":"broken","condition":"adjustmentRate >","severity":"LOW","findingTemplate":"x"}
                """).when().post("/api/v1/findings-rules")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("condition"))
                .body("errors[0].code", equalTo("RULE_SYNTAX"))
                .body("errors[0].message", containsString("position 16"));
        given().contentType(ContentType.JSON).body("""
                {"id":"evil","condition":"java.lang.Runtime.getRuntime() != null","severity":"HIGH","findingTemplate":"x"}
                """).when().post("/api/v1/findings-rules")
                .then().statusCode(400).body("errors[0].field", equalTo("condition"));
        given().contentType(ContentType.JSON).body("""
                {"id":"bad-template","condition":"executionRate < 90%","severity":"LOW","findingTemplate":"${executionRate"}
                """).when().post("/api/v1/findings-rules")
                .then().statusCode(400).body("errors[0].field", equalTo("findingTemplate"));
        given().contentType(ContentType.JSON).body("""
                {"id":"Not Valid","condition":"executionRate < 90%","severity":"LOW","findingTemplate":"x"}
                """).when().post("/api/v1/findings-rules")
                .then().statusCode(400).body("errors[0].field", equalTo("id"));
        given().contentType(ContentType.JSON).body("""
                {"id":"no-severity","condition":"executionRate < 90%","severity":"SEVERE","findingTemplate":"x"}
                """).when().post("/api/v1/findings-rules")
                .then().statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/findings-rules/broken").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void customRulesAndOverridesAreManagedAsData() {
        String rule = """
                {"id":"low-funding","condition":"fundingRate < 95%","severity":"LOW",
                 "findingTemplate":"资金到位率偏低，为${fundingRate:%}。","recommendationTemplate":"建议及时拨付资金。"}
                """;
        given().contentType(ContentType.JSON).body(rule).when().post("/api/v1/findings-rules")
                .then().statusCode(201).header("Location", containsString("/api/v1/findings-rules/low-funding"))
                .body("origin", equalTo("CUSTOM")).body("enabled", equalTo(true));
        given().contentType(ContentType.JSON).body(rule).when().post("/api/v1/findings-rules")
                .then().statusCode(409);
        given().contentType(ContentType.JSON).body(rule.replace("\"id\":\"low-funding\"", "\"id\":\"carry-over\""))
                .when().post("/api/v1/findings-rules").then().statusCode(409);
        given().when().delete("/api/v1/findings-rules/low-funding").then().statusCode(204);
        given().when().get("/api/v1/findings-rules/low-funding").then().statusCode(404);

        given().contentType(ContentType.JSON).body("""
                {"condition":"carryOverRate > 10%","severity":"MEDIUM","findingTemplate":"结转结余偏高。","enabled":false}
                """).when().put("/api/v1/findings-rules/carry-over")
                .then().statusCode(200).body("origin", equalTo("OVERRIDDEN")).body("enabled", equalTo(false));
        given().queryParam("size", 500).when().get("/api/v1/findings-rules").then().statusCode(200)
                .body("items.find { it.id == 'carry-over' }.condition", equalTo("carryOverRate > 10%"));
        given().when().delete("/api/v1/findings-rules/carry-over").then().statusCode(204);
        given().when().get("/api/v1/findings-rules/carry-over").then().statusCode(200)
                .body("origin", equalTo("BUILT_IN")).body("condition", equalTo("carryOverRate > 5%"));
        given().when().delete("/api/v1/findings-rules/carry-over").then().statusCode(409);
        given().when().delete("/api/v1/findings-rules/never-existed").then().statusCode(404);
    }
}
