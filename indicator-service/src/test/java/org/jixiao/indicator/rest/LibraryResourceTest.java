package org.jixiao.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LibraryResourceTest {

    @Test
    void findsPublishedIndicatorsByChineseSubstringAndInheritedCategory() {
        given().queryParam("q", "就业").when().get("/api/v1/library").then().statusCode(200)
                .body("items.name", hasItems("新增就业岗位", "就业综合指数"));
        given().queryParam("q", "就业").queryParam("category", "OUTPUT").when().get("/api/v1/library")
                .then().statusCode(200)
                .body("items.name", hasItem("新增就业岗位"))
                .body("items.name", not(hasItem("就业综合指数")))
                .body("items.category", everyItem(equalTo("OUTPUT")));
        given().queryParam("q", "满意度").queryParam("subCategory", "TIMELINESS").when().get("/api/v1/library")
                .then().statusCode(200).body("items.size()", equalTo(0)).body("total", equalTo(0));
        given().queryParam("q", "100%_").when().get("/api/v1/library").then().statusCode(200)
                .body("items.size()", equalTo(0)).body("total", equalTo(0));
        int total = given().when().get("/api/v1/library").then().statusCode(200).extract().path("total");
        assertTrue(total > 2, "the built-in templates fill the library");
        given().queryParam("size", 1).queryParam("page", 1).when().get("/api/v1/library").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("page", equalTo(1)).body("size", equalTo(1))
                .body("total", equalTo(total));
        given().queryParam("size", 1000).when().get("/api/v1/library").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void anUnknownEnumValueInTheQueryIsABadRequestNamingTheParameter() {
        given().queryParam("category", "FOO").when().get("/api/v1/library").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("category"))
                .body("errors[0].code", equalTo("INVALID_VALUE"))
                .body("errors[0].message", containsString("OUTPUT"));
        given().queryParam("status", "LOST").when().get("/api/v1/declarations").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void copiesAnIndicatorIntoADeclarationAndCountsTheUse() {
        String libraryId = given().queryParam("q", "新增就业岗位").when().get("/api/v1/library").then().statusCode(200)
                .extract().path("items.find { it.sourceLabel == 'builtin-seed004-goal-groups v1' }.id");
        int before = given().when().get("/api/v1/library/" + libraryId).then().statusCode(200)
                .body("definition.target", equalTo("800 个")).extract().path("usageCount");
        String declarationId = DeclarationResourceTest.declare("110105001", 2023, "builtin-seed003-activities");
        DeclarationResourceTest.asUnit("110105001").contentType(ContentType.JSON)
                .body("{\"libraryIndicatorId\":\"" + libraryId + "\",\"parentCode\":\"A1.O.N\",\"code\":\"A1.J\","
                        + "\"weight\":0,\"target\":\"≥900个\"}")
                .when().post("/api/v1/declarations/" + declarationId + "/indicators/from-library")
                .then().statusCode(200)
                .body("nodes[0].children[0].children[0].children[1].name", equalTo("新增就业岗位"))
                .body("nodes[0].children[0].children[0].children[1].origin", equalTo("SPECIFIC"))
                .body("nodes[0].children[0].children[0].children[1].parsedTarget.value", equalTo("900"));
        int after = given().when().get("/api/v1/library/" + libraryId).then().statusCode(200)
                .extract().path("usageCount");
        assertEquals(before + 1, after);
        DeclarationResourceTest.asUnit("110105001").contentType(ContentType.JSON)
                .body("{\"libraryIndicatorId\":\"00000000-0000-0000-0000-000000000000\",\"parentCode\":\"A1.O.N\","
                        + "\"code\":\"A1.K\",\"weight\":0}")
                .when().post("/api/v1/declarations/" + declarationId + "/indicators/from-library")
                .then().statusCode(400).body("errors[0].field", equalTo("libraryIndicatorId"));
        given().when().get("/api/v1/library/00000000-0000-0000-0000-000000000000").then().statusCode(404);
    }
}
