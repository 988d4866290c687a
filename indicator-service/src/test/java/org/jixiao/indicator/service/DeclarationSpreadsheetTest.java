package org.jixiao.indicator.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.indicator.rest.DeclarationResourceTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DeclarationSpreadsheetTest {

    private static byte[] export(String id, String layout) {
        return given().queryParam("layout", layout).when().get("/api/v1/declarations/" + id + "/xlsx")
                .then().statusCode(200).contentType(DeclarationSpreadsheet.MEDIA_TYPE).extract().asByteArray();
    }

    private static JsonPath upload(String unit, String id, String layout, byte[] xlsx, int status) {
        return DeclarationResourceTest.asUnit(unit).queryParam("layout", layout).contentType(DeclarationSpreadsheet.MEDIA_TYPE).body(xlsx)
                .when().put("/api/v1/declarations/" + id + "/xlsx").then().statusCode(status).extract().jsonPath();
    }

    @Test
    void exportsSeed003InItsColumnsAndReadsItBackUnchanged() throws Exception {
        String id = DeclarationResourceTest.declare("110105777", 2023, "builtin-seed003-activities");
        byte[] xlsx = export(id, "ACTIVITY");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals(26, sheet.getLastRowNum(), "header + 26 indicators");
            assertEquals(List.of("活动", "一级指标", "二级指标", "三级指标", "绩效指标性质", "绩效指标值", "绩效度量单位", "权重"), cells(sheet.getRow(0)));
            assertEquals(List.of("06-城市管理工作/01-绿化保洁环境管理工作", "产出指标", "数量指标", "保洁面积", "≥", "121057.86", "平方米", "3"),
                    cells(sheet.getRow(13)));
        }
        JsonPath d = upload("110105777", id, "ACTIVITY", xlsx, 200);
        assertEquals(26, d.getInt("leafCount"));
        assertEquals(List.of(), d.getList("errors"));
        assertEquals(List.of("24", "24", "29", "23"), d.getList("nodes.weight").stream().map(String::valueOf)
                .map(w -> new java.math.BigDecimal(w).stripTrailingZeros().toPlainString()).toList());
        assertEquals("OUTPUT", d.getString("nodes[2].children[0].category"));
        assertEquals("QUANTITY", d.getString("nodes[2].children[0].children[0].subCategory"));
    }

    @Test
    void exportsSeed004InItsColumnsAndReportsEveryBadRow() throws Exception {
        String id = DeclarationResourceTest.declare("420100777", 2022, "builtin-seed004-goal-groups");
        byte[] xlsx = export(id, "GOAL");
        byte[] broken;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals(55, sheet.getLastRowNum());
            assertEquals(List.of("年度目标", "一级指标", "二级指标", "三级指标", "年初目标值", "分值"), cells(sheet.getRow(0)));
            assertEquals(List.of("聚焦民情民意，增进民生福祉", "产出指标", "数量指标", "新增就业岗位", "800 个", "2.50"),
                    cells(sheet.getRow(44)));
            sheet.getRow(3).getCell(4).setCellValue("约30个");
            sheet.getRow(5).getCell(5).setCellValue("一分");
            sheet.getRow(7).getCell(3).setCellValue("");
            book.write(out);
            broken = out.toByteArray();
        }
        JsonPath problem = upload("420100777", id, "GOAL", broken, 400);
        assertEquals(List.of("rows[3].年初目标值", "rows[5].分值", "rows[7].三级指标"), problem.getList("errors.field"));
        JsonPath d = upload("420100777", id, "GOAL", xlsx, 200);
        assertEquals(55, d.getInt("leafCount"));
        assertEquals(List.of(), d.getList("errors"));
        given().when().get("/api/v1/declarations/" + id).then().body("warnings.code", hasItem("VAGUE_TARGET"));
        upload("420100777", id, "ACTIVITY", xlsx, 400);
        DeclarationResourceTest.asUnit("420100777").queryParam("layout", "GOAL")
                .contentType(DeclarationSpreadsheet.MEDIA_TYPE).body(new byte[] {1, 2, 3})
                .when().put("/api/v1/declarations/" + id + "/xlsx").then().statusCode(400)
                .body("errors[0].field", equalTo("file"));
    }

    private static List<String> cells(Row row) {
        List<String> out = new java.util.ArrayList<>();
        row.forEach(c -> out.add(c.getStringCellValue()));
        return out;
    }
}
