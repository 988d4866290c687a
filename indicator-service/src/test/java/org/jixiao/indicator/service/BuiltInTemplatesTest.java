package org.jixiao.indicator.service;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BuiltInTemplatesTest {
    @Inject
    BuiltInTemplates templates;

    /** The single published version of a built-in template, as scoring-service reads it. */
    private static JsonPath template(String code) {
        List<Map<String, Object>> versions = given().queryParam("frameworkCode", code).when().get("/api/v1/frameworks")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertEquals(1, versions.size(), code + " is loaded once");
        assertEquals("PUBLISHED", versions.get(0).get("status"));
        return given().when().get("/api/v1/frameworks/" + versions.get(0).get("id")).then().statusCode(200)
                .extract().jsonPath();
    }

    private static List<String> topWeights(JsonPath framework) {
        return framework.getList("nodes.weight").stream().map(w -> new BigDecimal(String.valueOf(w)))
                .map(w -> w.stripTrailingZeros().toPlainString()).collect(Collectors.toList());
    }

    @SuppressWarnings("unchecked")
    private static int leaves(Map<String, Object> node) {
        List<Map<String, Object>> children = (List<Map<String, Object>>) node.get("children");
        if (children == null || children.isEmpty()) {
            return 1;
        }
        return children.stream().mapToInt(BuiltInTemplatesTest::leaves).sum();
    }

    private static List<Integer> leavesPerTopNode(JsonPath framework) {
        List<Integer> counts = new ArrayList<>();
        for (Map<String, Object> node : framework.<Map<String, Object>>getList("nodes")) {
            counts.add(leaves(node));
        }
        return counts;
    }

    @Test
    void seed004Has54TargetsUnderFourGoalsPlusBudgetExecution() {
        JsonPath f = template("builtin-seed004-goal-groups");
        assertEquals(List.of("20", "11", "20", "23", "26"), topWeights(f));
        assertEquals(List.of(1, 11, 15, 15, 13), leavesPerTopNode(f), "54 targets under the four goals");
        assertEquals(55, f.getInt("leafCount"));
        assertEquals("EXECUTION_RATE", f.getString("nodes[0].scoringMethod"));
        assertEquals("新增就业岗位", f.getString("nodes[4].children[0].children[0].children[1].name"));
        assertEquals(800, f.getInt("nodes[4].children[0].children[0].children[1].parsedTarget.value"));
    }

    @Test
    void seed000HasSevenCategoriesWorth100() {
        JsonPath f = template("builtin-seed000-seven-categories");
        assertEquals(List.of("10", "7", "32", "25", "13", "3", "10"), topWeights(f));
        assertEquals(List.of("部门规划", "运行成本", "管理效率", "履职效能", "社会效应", "可持续发展能力", "服务对象满意度"),
                f.getList("nodes.name"));
    }

    @Test
    void seed003HasFourActivitiesWithTheirColumns() {
        JsonPath f = template("builtin-seed003-activities");
        assertEquals(List.of("24", "24", "29", "23"), topWeights(f));
        assertEquals(List.of(6, 6, 8, 6), leavesPerTopNode(f));
        assertEquals("121057.86", f.getString("nodes[2].children[0].children[0].children[0].target"));
        assertEquals("平方米", f.getString("nodes[2].children[0].children[0].children[0].measureUnit"));
    }

    @Test
    void seed002HasItsThirtyOneDeclaredTargetsUnderTheSelfEvaluationWeights() {
        JsonPath f = template("builtin-seed002-declaration");
        assertEquals(List.of("10", "20", "40", "30"), topWeights(f));
        assertEquals(List.of(1, 19, 8, 4), leavesPerTopNode(f));
        assertEquals("提高", f.getString("nodes[3].children[0].children[0].target"));
    }

    @Test
    void theNationalDefaultHasDecisionProcessOutputOutcome() {
        JsonPath f = template("builtin-national-2020-10");
        assertEquals(List.of("决策", "过程", "产出", "效益"), f.getList("nodes.name"));
        assertEquals(List.of("20", "20", "30", "30"), topWeights(f));
    }

    @Test
    void loadingAgainChangesNothing() {
        assertEquals(0, templates.loadMissing());
        template("builtin-seed004-goal-groups");
    }
}
