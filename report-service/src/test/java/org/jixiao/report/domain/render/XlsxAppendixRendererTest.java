package org.jixiao.report.domain.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.report.domain.ReportFixtures;
import org.junit.jupiter.api.Test;

class XlsxAppendixRendererTest {
    private final XlsxAppendixRenderer renderer = new XlsxAppendixRenderer();
    private final DataFormatter formatter = new DataFormatter();

    private List<String> values(Row row) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            Cell cell = row.getCell(i);
            values.add(cell == null ? "" : formatter.formatCellValue(cell));
        }
        return values;
    }

    private Row rowWith(Sheet sheet, int column, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && text.equals(formatter.formatCellValue(cell))) {
                return row;
            }
        }
        return null;
    }

    @Test
    void reopensWithGoalGroupedAppendixRows() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                renderer.render(ReportFixtures.seed004Summary())))) {
            Sheet sheet = workbook.getSheet(XlsxAppendixRenderer.APPENDIX_SHEET);
            assertNotNull(sheet);
            assertEquals(List.of("年度目标", "一级指标", "二级指标", "三级指标", "分值", "指标值", "实际完成值", "得分", "说明"),
                    values(sheet.getRow(3)));
            Row jobs = rowWith(sheet, 3, "新增就业岗位");
            assertNotNull(jobs);
            assertEquals(List.of("年度目标 4", "产出指标", "数量指标", "新增就业岗位", "2.50", "800 个", "210 个", "0.66",
                    "2.5×210/800"), values(jobs));
            assertEquals(0.66, jobs.getCell(7).getNumericCellValue(), 1e-9);
            Row total = rowWith(sheet, 0, "总分");
            assertNotNull(total);
            assertEquals("26.66", formatter.formatCellValue(total.getCell(7)));
            // header + 预算执行 + 2 goal headings + 7 targets + total, after the two title rows and a blank row
            assertEquals(3 + 1 + 1 + 2 + 7 + 1, sheet.getLastRowNum() + 1);
        }
    }

    @Test
    void ungroupedTreesStartAtTheFirstLevelAndCarryASummarySheet() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                renderer.render(ReportFixtures.seed000Finance())))) {
            Sheet sheet = workbook.getSheet(XlsxAppendixRenderer.APPENDIX_SHEET);
            assertEquals("一级指标", values(sheet.getRow(3)).get(0));
            assertEquals(3 + 1 + 14 + 1, sheet.getLastRowNum() + 1);
            Sheet summary = workbook.getSheet(XlsxAppendixRenderer.SUMMARY_SHEET);
            assertEquals(List.of("管理效率", "32.00", "28.70", "89.69%"), values(rowWith(summary, 0, "管理效率")));
            assertEquals(List.of("合计", "100.00", "92.30", "92.30%"), values(rowWith(summary, 0, "合计")));
        }
    }
}
