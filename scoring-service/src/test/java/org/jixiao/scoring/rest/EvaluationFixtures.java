package org.jixiao.scoring.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.jixiao.scoring.DownstreamServices;
import org.jixiao.testsupport.Tokens;

/**
 * Evaluations driven through the API for the REST tests. On the recorded framework, leaf 1.1 fills itself from the
 * budget (20.00), 2.1 and 2.2 get full marks (2.50 + 1.50) and 2.3 is scored by hand, so any total from 24 to 100 can
 * be reached exactly.
 */
final class EvaluationFixtures {
    static final String BASE = "/api/v1/evaluations";
    /** The evaluation agency every evaluation of these fixtures is assigned to. */
    static final String AGENCY = "TEST-AGENCY";
    private static final BigDecimal FIXED_POINTS = new BigDecimal("24");

    private EvaluationFixtures() {
    }

    /**
     * A decimal string (decimals leave the service as JSON strings) equal in value to {@code expected}, whatever its
     * scale: "60" and "60.00" both match 60. Figures whose 2 decimals matter are compared with equalTo("60.00").
     */
    static Matcher<Object> decimal(String expected) {
        BigDecimal value = new BigDecimal(expected);
        return new CustomTypeSafeMatcher<>("a decimal string equal to " + expected) {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof String s && new BigDecimal(s).compareTo(value) == 0;
            }
        };
    }

    static void readNumbersExactly() {
        RestAssured.config = RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    static String open(String unitCode, int year, String type, String frameworkId, String gradeScheme) {
        Map<String, Object> body = new HashMap<>(Map.of("unitCode", unitCode, "fiscalYear", year, "type", type,
                "frameworkId", frameworkId, "evaluatorAgency", AGENCY));
        if (gradeScheme != null) {
            body.put("gradeScheme", gradeScheme);
        }
        return given().contentType(ContentType.JSON).body(body)
                .when().post(BASE)
                .then().statusCode(201)
                .extract().path("id");
    }

    static String open(String unitCode, int year, String gradeScheme) {
        return open(unitCode, year, "FINANCE", DownstreamServices.FRAMEWORK_ID, gradeScheme);
    }

    /** Inputs of the recorded framework that make the total exactly {@code total}. */
    static String inputsForTotal(String total) {
        BigDecimal manual = new BigDecimal(total).subtract(FIXED_POINTS);
        return """
                {"inputs":[
                  {"leafCode":"2.1","state":"VALUE","actual":800},
                  {"leafCode":"2.2","state":"VALUE","actual":0},
                  {"leafCode":"2.3","state":"MANUAL","manualScore":%s,"reason":"评价组按完成情况评定"}]}
                """.formatted(manual.toPlainString());
    }

    static void scoreAs(String id, String total) {
        given().contentType(ContentType.JSON).body(inputsForTotal(total))
                .when().put(BASE + "/" + id + "/inputs")
                .then().statusCode(200)
                .body("result.total", equalTo(new BigDecimal(total).setScale(2).toPlainString()));
    }

    /** A national evaluator of {@link #AGENCY}: submitting is the scorer's act, not the finance bureau's. */
    static RequestSpecification asAgency() {
        return given().auth().oauth2(Tokens.of(Tokens.EVALUATOR, "CN", AGENCY));
    }

    static void submitApproveFinalize(String id) {
        asAgency().when().post(BASE + "/" + id + "/submit").then().statusCode(200);
        given().when().post(BASE + "/" + id + "/approve").then().statusCode(200);
        given().when().post(BASE + "/" + id + "/finalize").then().statusCode(200).body("status", equalTo("FINALIZED"));
    }

    static String finalizedWithTotal(String unitCode, int year, String gradeScheme, String total) {
        String id = open(unitCode, year, gradeScheme);
        scoreAs(id, total);
        submitApproveFinalize(id);
        return id;
    }
}
