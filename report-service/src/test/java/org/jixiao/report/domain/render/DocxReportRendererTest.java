package org.jixiao.report.domain.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jixiao.report.domain.ReportFixtures;
import org.junit.jupiter.api.Test;

class DocxReportRendererTest {
    private final DocxReportRenderer renderer = new DocxReportRenderer();

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    private static XWPFTable tableStartingWith(XWPFDocument document, List<String> header) {
        return document.getTables().stream().filter(table -> cells(table.getRow(0)).equals(header)).findFirst()
                .orElse(null);
    }

    @Test
    void reopensWithTheCategoryTable() throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(
                renderer.render(ReportFixtures.seed000Finance())))) {
            XWPFTable table = tableStartingWith(document, List.of("序号", "一级指标", "分值", "得分", "得分率"));
            assertNotNull(table, "category table");
            assertEquals(9, table.getRows().size());
            assertEquals(List.of("1", "部门规划", "10.00", "8.00", "80.00%"), cells(table.getRow(1)));
            assertEquals(List.of("", "合计", "100.00", "92.30", "92.30%"), cells(table.getRow(8)));
            assertTrue(table.getRow(0).isRepeatHeader());

            assertEquals(1, document.getAllPictures().size(), "the chart");
            assertEquals("png", document.getAllPictures().get(0).suggestFileExtension());

            List<String> headings = document.getParagraphs().stream()
                    .filter(paragraph -> "Heading1".equals(paragraph.getStyle())).map(XWPFParagraph::getText).toList();
            assertEquals("一、基本情况", headings.get(0));
            assertTrue(headings.contains("七、存在问题"), headings.toString());
            assertEquals("2022年度嘉峪关市钢城街道办事处部门整体支出绩效评价报告",
                    document.getProperties().getCoreProperties().getTitle());
        }
    }

    @Test
    void appendixGoalRowsSpanTheTable() throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(
                renderer.render(ReportFixtures.seed004Summary())))) {
            XWPFTable appendix = tableStartingWith(document,
                    List.of("一级指标", "二级指标", "三级指标", "分值", "指标值", "实际完成值", "得分", "说明"));
            assertNotNull(appendix);
            XWPFTableRow group = appendix.getRows().stream()
                    .filter(row -> row.getTableCells().size() == 1 && row.getCell(0).getText().startsWith("年度目标 4"))
                    .findFirst().orElseThrow();
            assertEquals(8, group.getCell(0).getCTTc().getTcPr().getGridSpan().getVal().intValue());
            assertTrue(appendix.getRows().stream().anyMatch(row -> cells(row).equals(
                    List.of("产出指标", "数量指标", "新增就业岗位", "2.50", "800 个", "210 个", "0.66", "2.5×210/800"))));
            // Repeated 一级/二级 names are left blank below the first row of their group, as the seeds print them.
            assertTrue(appendix.getRows().stream().anyMatch(row -> cells(row).equals(
                    List.of("", "", "新增养老床位", "2.00", "50 张", "新增10张", "1.00", "人工评分"))));
        }
    }
}
