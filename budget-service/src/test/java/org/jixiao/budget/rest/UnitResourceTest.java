package org.jixiao.budget.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UnitResourceTest {

    private static void register(String code, String region) {
        given().contentType(ContentType.JSON)
                .body("{\"unitCode\":\"%s\",\"name\":\"单位%s\",\"type\":\"DEPARTMENT\",\"regionCode\":\"%s\"}"
                        .formatted(code, code, region))
                .when().post("/api/v1/units").then().statusCode(201);
    }

    @Test
    void listsARegionsSubtreeOnly() {
        register("R-620201-A", "620201001");
        register("R-620201-B", "620201002");
        register("R-110105-A", "110105001");
        given().queryParam("regionCode", "620201").when().get("/api/v1/units")
                .then().statusCode(200)
                .body("items.regionCode", everyItem(startsWith("620201")))
                .body("items.unitCode", hasItem("R-620201-B"));
    }

    @Test
    void aSecondRegistrationOfTheSameCodeIsAConflict() {
        register("R-DUP", "620201001");
        given().contentType(ContentType.JSON)
                .body("{\"unitCode\":\"R-DUP\",\"name\":\"x\",\"type\":\"DEPARTMENT\",\"regionCode\":\"620201001\"}")
                .when().post("/api/v1/units").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void invalidFieldsAreEachNamed() {
        given().contentType(ContentType.JSON)
                .body("{\"unitCode\":\"bad code!\",\"name\":\"\",\"type\":\"DEPARTMENT\",\"regionCode\":\"12\"}")
                .when().post("/api/v1/units").then().statusCode(400)
                .body("errors.field", hasItem("unitCode"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("regionCode"));
        given().contentType(ContentType.JSON).body("{\"unitCode\":\"X\",\"name\":\"n\",\"type\":\"DEPARTMENT\",\"regionCode\":\"620201\",\"extra\":1}")
                .when().post("/api/v1/units").then().statusCode(400).body("errors[0].code", equalTo("UNKNOWN_FIELD"));
    }

    @Test
    void aYearlyProfileIsStoredAndReadBack() {
        register("R-PROFILE", "620201003");
        String body = """
                {"internalDepartments":["党政综合办公室"," 社区建设办公室 "],"affiliatedInstitutions":["综合行政执法队"],
                 "authorisedPosts":45,"staffInPost":44,"responsibilities":["负责辖区党的建设工作"]}""";
        given().contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/units/R-PROFILE/profiles/2023")
                .then().statusCode(200)
                .body("version", equalTo(1))
                .body("internalDepartments", contains("党政综合办公室", "社区建设办公室"))
                .body("authorisedPosts", equalTo(45));
        given().contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/units/R-PROFILE/profiles/2023")
                .then().statusCode(200).body("version", equalTo(1));
        given().when().get("/api/v1/units/R-PROFILE/profiles/2023")
                .then().statusCode(200)
                .body("unitCode", equalTo("R-PROFILE"))
                .body("fiscalYear", equalTo(2023))
                .body("affiliatedInstitutions", contains("综合行政执法队"))
                .body("staffInPost", equalTo(44))
                .body("responsibilities", contains("负责辖区党的建设工作"));
        given().contentType(ContentType.JSON).body("{\"authorisedPosts\":46,\"staffInPost\":44}")
                .when().put("/api/v1/units/R-PROFILE/profiles/2023")
                .then().statusCode(200).body("version", equalTo(2)).body("internalDepartments", empty());
        given().when().get("/api/v1/units/R-PROFILE/profiles/2022").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void badProfilesAreProblemsNamingTheField() {
        register("R-PROFILE-BAD", "620201004");
        given().contentType(ContentType.JSON).body("{\"authorisedPosts\":-1,\"internalDepartments\":[\" \"]}")
                .when().put("/api/v1/units/R-PROFILE-BAD/profiles/2023")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("authorisedPosts"))
                .body("errors.field", hasItem(startsWith("internalDepartments")));
        given().contentType(ContentType.JSON).body("{\"staffInPost\":\"many\"}")
                .when().put("/api/v1/units/R-PROFILE-BAD/profiles/2023")
                .then().statusCode(400).body("errors[0].field", equalTo("staffInPost"));
        given().contentType(ContentType.JSON).body("{}")
                .when().put("/api/v1/units/R-PROFILE-BAD/profiles/1999")
                .then().statusCode(400).body("errors[0].field", equalTo("fiscalYear"));
        given().contentType(ContentType.JSON).body("{}")
                .when().put("/api/v1/units/NO-SUCH-UNIT/profiles/2023")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
