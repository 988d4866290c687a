package org.jixiao.scoring.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AnalyticsResourceTest {
    private static final String ANALYTICS = "/api/v1/analytics";
    private static String first;

    @BeforeAll
    static void readNumbersExactly() {
        EvaluationFixtures.readNumbersExactly();
    }

    /**
     * Region 420116 in 2024: totals 95, 85, 85 finalized, one draft; a neighbour region 420126 finalized at 50. Set up
     * by the first test that runs (a static @BeforeAll would run before the application is up).
     */
    @BeforeEach
    void finalizeEvaluationsOnce() {
        if (first != null) {
            return;
        }
        first = EvaluationFixtures.finalizedWithTotal("420116001", 2024, null, "95");
        EvaluationFixtures.finalizedWithTotal("420116002", 2024, null, "85");
        EvaluationFixtures.finalizedWithTotal("420116003", 2024, null, "85");
        EvaluationFixtures.scoreAs(EvaluationFixtures.open("420116004", 2024, null), "99");
        EvaluationFixtures.finalizedWithTotal("420126001", 2024, null, "50");
        // A reopened revision counts with its finalized result until it is finalized again.
        String reopened = given().when().post("/api/v1/evaluations/" + first + "/reopen")
                .then().statusCode(201).extract().path("id");
        EvaluationFixtures.scoreAs(reopened, "30");
    }

    @Test
    void ranksTheLatestFinalizedRevisionsOfTheRegionByTotal() {
        given().queryParam("regionCode", "420116").queryParam("fiscalYear", 2024)
                .when().get(ANALYTICS + "/ranking")
                .then().statusCode(200)
                .body("items.unitCode", equalTo(List.of("420116001", "420116002", "420116003")))
                .body("items.rank", equalTo(List.of(1, 2, 2)))
                .body("items[0].evaluationId", equalTo(first))
                .body("items[0].revision", equalTo(1))
                .body("items[0].total", equalTo("95.00"))
                .body("items[0].grade", equalTo("优"))
                .body("items[1].grade", equalTo("良"))
                .body("total", equalTo(3));
        given().queryParam("regionCode", "4201").queryParam("fiscalYear", 2024).queryParam("size", 1)
                .when().get(ANALYTICS + "/ranking")
                .then().statusCode(200).body("items.unitCode", equalTo(List.of("420116001")));
        // a later page: the rank counts the whole list, not the page
        given().queryParam("regionCode", "420116").queryParam("fiscalYear", 2024).queryParam("page", 1)
                .queryParam("size", 2).when().get(ANALYTICS + "/ranking")
                .then().statusCode(200)
                .body("items.unitCode", equalTo(List.of("420116003")))
                .body("items.rank", equalTo(List.of(2)))
                .body("page", equalTo(1)).body("size", equalTo(2)).body("total", equalTo(3));
        given().queryParam("regionCode", "420116").queryParam("fiscalYear", 2024).queryParam("type", "SELF")
                .when().get(ANALYTICS + "/ranking")
                .then().statusCode(200).body("items.size()", equalTo(0)).body("total", equalTo(0));
    }

    @Test
    void countsEveryGradeOfTheSchemeIncludingEmptyOnes() {
        given().queryParam("regionCode", "420116").queryParam("fiscalYear", 2024)
                .when().get(ANALYTICS + "/grade-distribution")
                .then().statusCode(200)
                .body("evaluations", equalTo(3))
                .body("grades.grade", equalTo(List.of("优", "良", "中", "差")))
                .body("grades.count", equalTo(List.of(1, 2, 0, 0)))
                .body("grades[0].percent", equalTo("33.33"))
                .body("grades[1].percent", equalTo("66.67"))
                .body("grades[2].percent", equalTo("0.00"));
    }

    @Test
    void achievementRatePerLeafAcrossUnits() {
        given().queryParam("regionCode", "420116").queryParam("fiscalYear", 2024)
                .when().get(ANALYTICS + "/indicator-achievement")
                .then().statusCode(200)
                .body("items.size()", equalTo(4))
                .body("total", equalTo(4))
                .body("items.find { it.leafName == '预算执行率' }.units", equalTo(3))
                .body("items.find { it.leafName == '预算执行率' }.achievementRate", equalTo("100.00"))
                .body("items.find { it.leafName == '新增养老床位' }.achievedUnits", equalTo(0))
                .body("items.find { it.leafName == '新增养老床位' }.achievementRate", equalTo("0.00"))
                // (71 + 61 + 61) / (3 × 76) = 84.649… %
                .body("items.find { it.leafName == '新增养老床位' }.averageScoreRate", equalTo("84.65"));
    }

    @Test
    void refusesBadParametersNamingThem() {
        given().queryParam("regionCode", "420116").when().get(ANALYTICS + "/ranking")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("fiscalYear"));
        given().queryParam("regionCode", "hubei").queryParam("fiscalYear", 2024).when().get(ANALYTICS + "/grade-distribution")
                .then().statusCode(400).body("errors.field", hasItem("regionCode"));
        given().queryParam("fiscalYear", 2024).queryParam("type", "BOSS").when().get(ANALYTICS + "/indicator-achievement")
                .then().statusCode(400).body("errors.field", hasItem("type"));
        given().queryParam("fiscalYear", 1999).when().get(ANALYTICS + "/ranking")
                .then().statusCode(400).body("errors.field", hasItem("fiscalYear"));
        given().queryParam("fiscalYear", 2024).queryParam("size", 501).when().get(ANALYTICS + "/ranking")
                .then().statusCode(400).body("errors.field", hasItem("size"));
    }
}
