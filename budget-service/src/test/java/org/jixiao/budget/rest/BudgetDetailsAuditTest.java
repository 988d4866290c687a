package org.jixiao.budget.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The audit entry of each detail list's replacement: its action and a summary of what changed, so that the trail
 * tells the lists apart (项目支出 is pinned in {@link BudgetDetailsResourceTest}).
 */
@QuarkusTest
class BudgetDetailsAuditTest {
    private static final String BUDGETS = "/api/v1/budgets/";

    @BeforeAll
    static void exactNumbers() {
        Fixtures.readNumbersExactly();
    }

    static List<Arguments> lists() {
        return List.of(
                Arguments.of("three-public-expenses", "PUT_THREE_PUBLIC_EXPENSES", """
                        {"amountUnit":"YUAN","items":[{"item":"OFFICIAL_RECEPTION","budget":"20000","actual":"18500.5"},
                         {"item":"OVERSEAS_TRAVEL","budget":"0","actual":"0"},
                         {"item":"OFFICIAL_VEHICLES","budget":"30000","actual":"31000"}]}""",
                        "{\"amountUnit\":\"YUAN\",\"items\":[]}",
                        List.of("version 1 -> 2, budget total 50000.00 -> none, actual total 49500.50 -> none",
                                "version 0 -> 1, budget total none -> 50000.00, actual total none -> 49500.50")),
                Arguments.of("special-funds", "PUT_SPECIAL_FUNDS", """
                        {"amountUnit":"TEN_THOUSAND_YUAN","specialFunds":[{"code":"Z-1","name":"一","totalAmount":"10",
                         "detailedAmount":"9.7"}]}""",
                        "{\"amountUnit\":\"YUAN\",\"specialFunds\":[]}",
                        List.of("version 1 -> 2, funds 1 -> 0, total 100000.00 -> 0.00, detailed 97000.00 -> 0.00",
                                "version 0 -> 1, funds 0 -> 1, total 0.00 -> 100000.00, detailed 0.00 -> 97000.00")),
                Arguments.of("monthly-execution", "PUT_MONTHLY_EXECUTION", """
                        {"amountUnit":"YUAN","months":[{"month":9,"cumulativeActual":"700"},
                         {"month":3,"cumulativeActual":"120.5"}]}""",
                        "{\"amountUnit\":\"YUAN\",\"months\":[]}",
                        List.of("version 1 -> 2, months 2 -> 0, latest month 9 cumulative 700.00 -> none",
                                "version 0 -> 1, months 0 -> 2, latest none -> month 9 cumulative 700.00")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void aReplacementIsAuditedWithWhatChanged(String list, String action, String body, String empty,
            List<String> newestFirst) {
        String unit = Fixtures.registerUnit("410404001");
        given().contentType(ContentType.JSON).body("{\"amountUnit\":\"YUAN\",\"initialBudget\":\"1000000\"}")
                .when().put(BUDGETS + unit + "/2023").then().statusCode(200);
        String path = BUDGETS + unit + "/2023/" + list;
        given().contentType(ContentType.JSON).body(body).when().put(path).then().statusCode(200)
                .body("version", equalTo(1));
        given().contentType(ContentType.JSON).body(body).when().put(path).then().statusCode(200)
                .body("version", equalTo(1));
        given().contentType(ContentType.JSON).body(empty).when().put(path).then().statusCode(200)
                .body("version", equalTo(2));
        given().when().get("/api/v1/audit/budget?action=" + action + "&resourceId=" + unit + "/2023")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.summary", equalTo(newestFirst));
    }
}
