package org.jixiao.report.domain.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jixiao.report.domain.ReportFixtures;
import org.jixiao.report.domain.model.EvaluationType;
import org.jixiao.report.domain.model.ReportKind;
import org.jixiao.report.domain.model.ReportModel;
import org.jixiao.report.domain.model.ScoreNode;
import org.junit.jupiter.api.Test;

class PdfReportRendererTest {
    private final PdfReportRenderer renderer = new PdfReportRenderer();

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Lines wrap wherever the layout needs; compare text without the line breaks.
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    @Test
    void extractedTextHasTheChineseUnitNameTotalAndGrade() throws IOException {
        byte[] pdf = renderer.render(ReportFixtures.seed000Finance());
        String text = text(pdf);
        assertTrue(text.contains("嘉峪关市钢城街道办事处"), text);
        assertTrue(text.contains("92.30"), "total");
        assertTrue(text.contains("评价等级为“优”"), "grade");
        assertTrue(text.contains("94.29%"), "category rate");
        assertTrue(text.contains("7个一级指标、7个二级指标、14个三级指标"));
    }

    @Test
    void theCjkFontIsEmbeddedAsASubset() throws IOException {
        try (PDDocument document = Loader.loadPDF(renderer.render(ReportFixtures.seed000Finance()))) {
            assertEquals("2022年度嘉峪关市钢城街道办事处部门整体支出绩效评价报告", document.getDocumentInformation().getTitle());
            PDPage page = document.getPage(0);
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertEquals(1, fonts.size());
            PDType0Font font = (PDType0Font) fonts.get(0);
            assertTrue(font.isEmbedded());
            assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), "subset tag on " + font.getName());
        }
    }

    @Test
    void hostileAndUnprintableTextIsDrawnNotFatal() throws IOException {
        String text = text(renderer.render(ReportFixtures.hostile()));
        assertTrue(text.contains("<script>alert('x')</script>街道"), text);
        assertTrue(text.contains("steal()"));
    }

    @Test
    void longAppendicesFlowOverPagesAndRepeatTheHeader() throws IOException {
        List<ScoreNode> leaves = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            leaves.add(ScoreNode.leaf("L" + i, "三级指标第" + i + "项", 3, BigDecimal.ONE, BigDecimal.ONE, "≥" + i + "个",
                    i + "个", "评分说明".repeat(1 + i % 7) + "😀"));
        }
        ScoreNode level2 = ScoreNode.branch("S", "数量指标", 2, new BigDecimal("150"), new BigDecimal("150"), leaves);
        ReportModel model = ReportModel.builder().unit("U", "长表单位", "1").fiscalYear(2024)
                .evaluationType(EvaluationType.SELF).reportKind(ReportKind.SELF_EVALUATION)
                .scoreTree(List.of(ScoreNode.branch("P", "产出指标", 1, new BigDecimal("150"), new BigDecimal("150"),
                        List.of(level2))))
                .generatedAt(ReportFixtures.GENERATED).build();
        byte[] pdf = renderer.render(model);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() > 4, "pages: " + document.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(3);
            stripper.setEndPage(3);
            String third = stripper.getText(document);
            assertTrue(third.contains("实际完成值"), "header repeated on page 3");
            assertTrue(third.replaceAll("\\s+", "").contains("第3页/共" + document.getNumberOfPages() + "页"), third);
        }
        assertTrue(text(pdf).contains("三级指标第149项"));
    }
}
