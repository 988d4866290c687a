package org.jixiao.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.jixiao.commons.outbox.OutboxMessage;
import org.jixiao.events.Topics;
import org.jixiao.testsupport.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
public class DeclarationResourceTest {

    static String templateId(String code) {
        return given().queryParam("frameworkCode", code).when().get("/api/v1/frameworks").then().statusCode(200)
                .extract().path("items[0].id");
    }

    /** A unit reporter of {@code unitCode} (national, for brevity): only a unit starts and edits its declaration. */
    public static RequestSpecification asUnit(String unitCode) {
        return given().auth().oauth2(Tokens.of(Tokens.UNIT_REPORTER, "CN", unitCode));
    }

    public static String declare(String unitCode, int year, String templateCode) {
        return asUnit(unitCode).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"%s\",\"fiscalYear\":%d,\"templateId\":\"%s\"}".formatted(unitCode, year,
                        templateId(templateCode)))
                .when().post("/api/v1/declarations")
                .then().statusCode(201).body("status", equalTo("DRAFT")).extract().path("id");
    }

    @Test
    void flagsSeed002sVagueTargetsAndMissingTimeliness() {
        String id = declare("410105002", 2021, "builtin-seed002-declaration");
        JsonPath d = given().when().get("/api/v1/declarations/" + id).then().statusCode(200)
                .body("errors", empty())
                .body("templateCode", equalTo("builtin-seed002-declaration"))
                .extract().jsonPath();
        List<String> vague = d.getList("warnings.findAll { it.code == 'VAGUE_TARGET' }.path");
        assertEquals(List.of("O/O.2/O.2.3", "O/O.2/O.2.4", "E/E.1/E.1.1", "E/E.1/E.1.2"), vague);
        assertEquals(List.of(""), d.getList("warnings.findAll { it.code == 'MISSING_TIMELINESS' }.path"));
    }

    static final String PROJECTS = """
            {"code":"seed001-like","name":"项目支出绩效目标（仿高庄街道）","nodes":[
              %s,
              %s,
              {"code":"P3","name":"武装工作经费","level":0,"weight":30,"category":"PROJECT","children":[
                {"code":"P3.O","name":"产出指标","level":1,"weight":30,"category":"OUTPUT","children":[
                  {"code":"P3.1","name":"民兵训练次数","level":2,"weight":15,"subCategory":"QUANTITY","target":"≥4次","scoringMethod":"RATIO_AT_LEAST"},
                  {"code":"P3.2","name":"训练完成及时率","level":2,"weight":15,"subCategory":"TIMELINESS","target":"100%%","scoringMethod":"RATIO_AT_LEAST"}]}]}]}
            """;

    static String projectWithoutTimeliness(String code, String name, int weight) {
        return """
                {"code":"%1$s","name":"%2$s","level":0,"weight":%3$d,"category":"PROJECT","children":[
                  {"code":"%1$s.O","name":"产出指标","level":1,"weight":%3$d,"category":"OUTPUT","children":[
                    {"code":"%1$s.1","name":"%2$s覆盖率","level":2,"weight":%3$d,"subCategory":"QUANTITY","target":"100%%","scoringMethod":"RATIO_AT_LEAST"}]}]}
                """.formatted(code, name, weight);
    }

    @Test
    void flagsEachSeed001LikeProjectWithoutATimelinessIndicator() {
        String body = PROJECTS.formatted(projectWithoutTimeliness("P1", "秸秆禁烧经费", 40),
                projectWithoutTimeliness("P2", "综合治理工作经费", 30));
        String frameworkId = given().contentType(ContentType.JSON).body(body).when().post("/api/v1/frameworks")
                .then().statusCode(201).extract().path("id");
        asUnit("410404001").contentType(ContentType.JSON)
                .body("{\"unitCode\":\"410404001\",\"fiscalYear\":2023,\"templateId\":\"" + frameworkId + "\"}")
                .when().post("/api/v1/declarations")
                .then().statusCode(400).body("errors[0].field", equalTo("templateId"))
                .body("errors[0].code", equalTo("TEMPLATE_NOT_PUBLISHED"));
        given().when().post("/api/v1/frameworks/" + frameworkId + "/publish").then().statusCode(200);
        String id = declare("410404001", 2023, "seed001-like");
        JsonPath d = given().when().get("/api/v1/declarations/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("P1", "P2"), d.getList("warnings.findAll { it.code == 'MISSING_TIMELINESS' }.path"));
    }

    @Test
    void walksTheWorkflowAndRefusesIllegalMoves() {
        String id = declare("420100009", 2022, "builtin-seed004-goal-groups");
        String base = "/api/v1/declarations/" + id;
        asUnit("420100009").contentType(ContentType.JSON)
                .body("{\"parentCode\":\"G4.O.N\",\"indicator\":{\"code\":\"G4.X\",\"name\":\"新增公益性岗位\",\"weight\":1,"
                        + "\"target\":\"≥20个\",\"scoringMethod\":\"RATIO_AT_LEAST\"}}")
                .when().post(base + "/indicators")
                .then().statusCode(200)
                .body("errors.code", hasItem("WEIGHT_SUM_MISMATCH"))
                .body("nodes[4].children[0].children[0].children[6].origin", equalTo("SPECIFIC"))
                .body("nodes[4].children[0].children[0].children[6].level", equalTo(3))
                .body("nodes[4].children[0].children[0].children[6].parsedTarget.value", equalTo("20"));
        asUnit("420100009").when().post(base + "/submit").then().statusCode(409).contentType("application/problem+json")
                .body("errors.code", hasItem("WEIGHT_SUM_MISMATCH"));
        asUnit("420100009").contentType(ContentType.JSON).body("{\"weight\":1}").when().patch(base + "/indicators/G4.6")
                .then().statusCode(200).body("errors", empty());
        asUnit("420100009").contentType(ContentType.JSON).body("{\"target\":\"约20个\"}").when().patch(base + "/indicators/G4.X")
                .then().statusCode(400).body("errors[0].field", equalTo("target"));
        asUnit("420100009").contentType(ContentType.JSON).body("{\"target\":\"≥30个\"}").when().patch(base + "/indicators/G4.X")
                .then().statusCode(200).body("nodes[4].children[0].children[0].children[6].target", equalTo("≥30个"));
        asUnit("420100009").contentType(ContentType.JSON).body("{\"target\":\"≥30个\"}").when().patch(base + "/indicators/NOPE")
                .then().statusCode(404);

        asUnit("420100009").when().post(base + "/submit").then().statusCode(200).body("status", equalTo("SUBMITTED"));
        asUnit("420100009").when().post(base + "/submit").then().statusCode(409);
        asUnit("420100009").contentType(ContentType.JSON).body("{\"weight\":2}").when().patch(base + "/indicators/G4.6")
                .then().statusCode(409);
        given().contentType(ContentType.JSON).body("{}").when().post(base + "/return")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().contentType(ContentType.JSON).body("{\"reason\":\"新增养老床位目标偏低\"}").when().post(base + "/return")
                .then().statusCode(200).body("status", equalTo("RETURNED")).body("returnReason", equalTo("新增养老床位目标偏低"));
        given().when().post(base + "/approve").then().statusCode(409);
        asUnit("420100009").when().post(base + "/submit").then().statusCode(200);
        assertEquals(0, OutboxMessage.count("subject", "declarations/" + id));
        given().when().post(base + "/approve").then().statusCode(200).body("status", equalTo("APPROVED"));
        assertEquals(1, OutboxMessage.count("topic = ?1 and subject = ?2 and messageKey = ?3",
                Topics.DECLARATION_APPROVED, "declarations/" + id, "420100009"));
        given().when().post(base + "/approve").then().statusCode(409);
        given().contentType(ContentType.JSON).body("{\"reason\":\"x\"}").when().post(base + "/return").then().statusCode(409);
        given().queryParam("unitCode", "420100009").queryParam("status", "APPROVED").when().get("/api/v1/declarations")
                .then().statusCode(200).body("items.id", equalTo(List.of(id))).body("total", equalTo(1))
                .body("items[0].status", equalTo("APPROVED"));
    }

    @Test
    void refusesBadInputNamingTheField() {
        String id = declare("420100010", 2022, "builtin-seed003-activities");
        String base = "/api/v1/declarations/" + id;
        asUnit("420100010").contentType(ContentType.JSON)
                .body("{\"unitCode\":\"420100010\",\"fiscalYear\":2022,\"templateId\":\"" + templateId("builtin-seed003-activities") + "\"}")
                .when().post("/api/v1/declarations").then().statusCode(409);
        asUnit("420100010").contentType(ContentType.JSON)
                .body("{\"unitCode\":\"420100010\",\"fiscalYear\":1999,\"templateId\":\"" + templateId("builtin-seed003-activities") + "\"}")
                .when().post("/api/v1/declarations").then().statusCode(400).body("errors[0].field", equalTo("fiscalYear"));
        asUnit("420100010").contentType(ContentType.JSON)
                .body("{\"unitCode\":\"420100010\",\"fiscalYear\":2024,\"templateId\":\"00000000-0000-0000-0000-000000000000\"}")
                .when().post("/api/v1/declarations").then().statusCode(400).body("errors[0].field", equalTo("templateId"));
        asUnit("420100010").contentType(ContentType.JSON)
                .body("{\"parentCode\":\"A1.O.N\",\"indicator\":{\"code\":\"A1.X\",\"name\":\"x\",\"weight\":1,\"target\":\"约20个\"}}")
                .when().post(base + "/indicators").then().statusCode(400).body("errors[0].field", equalTo("indicator.target"));
        asUnit("420100010").contentType(ContentType.JSON)
                .body("{\"parentCode\":\"NOPE\",\"indicator\":{\"code\":\"A1.X\",\"name\":\"x\",\"weight\":1}}")
                .when().post(base + "/indicators").then().statusCode(400).body("errors[0].field", equalTo("parentCode"));
        asUnit("420100010").contentType(ContentType.JSON)
                .body("{\"parentCode\":\"A1.1\",\"indicator\":{\"code\":\"A1.X\",\"name\":\"x\",\"weight\":1}}")
                .when().post(base + "/indicators").then().statusCode(400).body("errors[0].code", equalTo("LEAF_UNDER_LEAF"));
        asUnit("420100010").contentType(ContentType.JSON)
                .body("{\"parentCode\":\"A1.O.N\",\"indicator\":{\"code\":\"A1.2\",\"name\":\"x\",\"weight\":1}}")
                .when().post(base + "/indicators").then().statusCode(400).body("errors[0].field", equalTo("indicator.code"));
        given().when().get("/api/v1/declarations/00000000-0000-0000-0000-000000000000").then().statusCode(404);
        given().queryParam("size", 100_000).when().get("/api/v1/declarations").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        given().when().get(base).then().statusCode(200).body("errors", empty())
                .body("warnings.code", not(hasItems("MISSING_TIMELINESS")));
    }
}
