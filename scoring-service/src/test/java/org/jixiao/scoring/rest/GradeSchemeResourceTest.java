package org.jixiao.scoring.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.util.List;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GradeSchemeResourceTest {
    private static final String SCHEMES = "/api/v1/grade-schemes";
    private static final String[] BOUNDARIES = {"59.99", "60", "79.99", "80", "89.99", "90"};

    @BeforeAll
    static void readNumbersExactly() {
        EvaluationFixtures.readNumbersExactly();
    }

    private static String scheme(String code, String... labelLowerPairs) {
        StringBuilder bands = new StringBuilder();
        for (int i = 0; i < labelLowerPairs.length; i += 2) {
            bands.append(i == 0 ? "" : ",").append("{\"label\":\"").append(labelLowerPairs[i])
                    .append("\",\"lowerInclusive\":").append(labelLowerPairs[i + 1]).append('}');
        }
        return "{\"code\":\"" + code + "\",\"name\":\"测试等级方案 " + code + "\",\"bands\":[" + bands + "]}";
    }

    @Test
    void listsTheBuiltInSchemesFirstWithHalfOpenBands() {
        given().when().get(SCHEMES)
                .then().statusCode(200)
                .body("items[0].code", equalTo("NATIONAL"))
                .body("items[0].builtIn", equalTo(true))
                .body("items[0].bands.label", equalTo(List.of("差", "中", "良", "优")))
                .body("items[0].bands[1].lowerInclusive", EvaluationFixtures.decimal("60"))
                .body("items[0].bands[1].upperExclusive", EvaluationFixtures.decimal("80"))
                .body("items[0].bands[3].upperExclusive", nullValue())
                .body("items[1].code", equalTo("JIAYUGUAN"))
                .body("items[1].bands.label", equalTo(List.of("不合格", "基本合格", "良好", "优秀")))
                .body("page", equalTo(0));
        given().queryParam("page", 1).queryParam("size", 1).when().get(SCHEMES)
                .then().statusCode(200).body("items.code", equalTo(List.of("JIAYUGUAN")))
                .body("total", greaterThanOrEqualTo(2));
        given().when().get(SCHEMES + "/JIAYUGUAN")
                .then().statusCode(200).body("bands[1].lowerInclusive", EvaluationFixtures.decimal("70"));
    }

    @Test
    void createsReadsAndChangesAStoredScheme() {
        given().contentType(ContentType.JSON).body(scheme("GS_CREATED", "差", "0", "中", "60", "良", "75", "优", "90"))
                .when().post(SCHEMES)
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/grade-schemes/GS_CREATED"))
                .body("builtIn", equalTo(false))
                .body("bands[2].upperExclusive", EvaluationFixtures.decimal("90"));
        given().queryParam("size", 500).when().get(SCHEMES).then().statusCode(200)
                .body("items.code", hasItems("NATIONAL", "JIAYUGUAN", "GS_CREATED"));

        given().contentType(ContentType.JSON)
                .body("{\"name\":\"改后的方案\",\"bands\":[{\"label\":\"不合格\",\"lowerInclusive\":0},"
                        + "{\"label\":\"合格\",\"lowerInclusive\":60}]}")
                .when().put(SCHEMES + "/GS_CREATED")
                .then().statusCode(200).body("bands.label", equalTo(List.of("不合格", "合格")));
        given().when().get(SCHEMES + "/GS_CREATED")
                .then().statusCode(200).body("name", equalTo("改后的方案")).body("bands.size()", equalTo(2));
    }

    @Test
    void refusesInvalidBandsNamingEachField() {
        given().contentType(ContentType.JSON).body(scheme("GS_BAD", "差", "10", " ", "60", "优", "50"))
                .when().post(SCHEMES)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("bands[0].lowerInclusive", "bands[1].label",
                        "bands[2].lowerInclusive"))
                .body("errors.code", containsInAnyOrder("FIRST_BAND_NOT_ZERO", "REQUIRED", "BANDS_NOT_ASCENDING"));
        given().contentType(ContentType.JSON).body(scheme("GS_BAD", "差", "0", "优", "89.995"))
                .when().post(SCHEMES)
                .then().statusCode(400).body("errors[0].field", equalTo("bands[1].lowerInclusive"))
                .body("errors[0].code", equalTo("TOO_MANY_DECIMALS"));
        given().contentType(ContentType.JSON).body("{\"code\":\"GS_BAD\",\"name\":\"无等级\"}")
                .when().post(SCHEMES)
                .then().statusCode(400).body("errors[0].field", equalTo("bands"));
        given().contentType(ContentType.JSON).body(scheme("bad code!", "差", "0"))
                .when().post(SCHEMES)
                .then().statusCode(400).body("errors.field", hasItem("code"));
        given().contentType(ContentType.JSON).body("{\"code\":\"GS_BAD\",\"name\":\"x\",\"bands\":\"many\"}")
                .when().post(SCHEMES)
                .then().statusCode(400).body("errors[0].field", equalTo("bands"));
        given().when().get(SCHEMES + "/GS_BAD").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void refusesTakenCodesAndChangesToBuiltIns() {
        given().contentType(ContentType.JSON).body(scheme("national", "差", "0")).when().post(SCHEMES)
                .then().statusCode(409);
        given().contentType(ContentType.JSON).body(scheme("GS_TWICE", "差", "0")).when().post(SCHEMES)
                .then().statusCode(201);
        given().contentType(ContentType.JSON).body(scheme("GS_TWICE", "差", "0")).when().post(SCHEMES)
                .then().statusCode(409);
        given().contentType(ContentType.JSON).body("{\"name\":\"x\",\"bands\":[{\"label\":\"差\",\"lowerInclusive\":0}]}")
                .when().put(SCHEMES + "/NATIONAL").then().statusCode(409);
        given().contentType(ContentType.JSON).body("{\"name\":\"x\",\"bands\":[{\"label\":\"差\",\"lowerInclusive\":0}]}")
                .when().put(SCHEMES + "/GS_NOWHERE").then().statusCode(404);
        given().contentType(ContentType.JSON)
                .body("{\"unitCode\":\"420118009\",\"fiscalYear\":2022,\"type\":\"FINANCE\",\"frameworkId\":\""
                        + org.jixiao.scoring.DownstreamServices.FRAMEWORK_ID + "\",\"gradeScheme\":\"GS_NOWHERE\"}")
                .when().post("/api/v1/evaluations")
                .then().statusCode(400).body("errors[0].field", equalTo("gradeScheme"))
                .body("errors[0].code", equalTo("UNKNOWN_GRADE_SCHEME"));
    }

    @Test
    void nationalBoundariesHoldThroughTheApi() {
        assertGrades("420118001", "NATIONAL", "差", "中", "中", "良", "良", "优");
    }

    @Test
    void jiayuguanBoundariesHoldThroughTheApi() {
        assertGrades("420118002", "JIAYUGUAN", "不合格", "不合格", "基本合格", "良好", "良好", "优秀");
    }

    @Test
    void storedSchemeBoundariesHoldThroughTheApi() {
        given().contentType(ContentType.JSON).body(scheme("GS_BOUNDARY", "D", "0", "C", "60", "B", "80", "A", "90"))
                .when().post(SCHEMES).then().statusCode(201);
        assertGrades("420118003", "GS_BOUNDARY", "D", "C", "C", "B", "B", "A");
    }

    /** One evaluation scored at each boundary total in turn; the grade comes back from PUT inputs and GET score. */
    private static void assertGrades(String unitCode, String scheme, String... expected) {
        String id = EvaluationFixtures.open(unitCode, 2022, scheme);
        for (int i = 0; i < BOUNDARIES.length; i++) {
            String total = BOUNDARIES[i];
            String putGrade = given().contentType(ContentType.JSON).body(EvaluationFixtures.inputsForTotal(total))
                    .when().put("/api/v1/evaluations/" + id + "/inputs")
                    .then().statusCode(200)
                    .body("result.total", equalTo(new BigDecimal(total).setScale(2).toPlainString()))
                    .body("result.gradeSchemeCode", equalTo(scheme))
                    .extract().path("result.grade");
            assertEquals(expected[i], putGrade, scheme + " at " + total);
            given().when().get("/api/v1/evaluations/" + id)
                    .then().statusCode(200).body("grade", equalTo(expected[i]))
                    .body("total", equalTo(new BigDecimal(total).setScale(2).toPlainString()));
        }
    }
}
