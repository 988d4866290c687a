package org.jixiao.report.domain.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jixiao.report.domain.ReportFixtures;
import org.jixiao.report.domain.model.ReportModel;
import org.junit.jupiter.api.Test;

class ReportRendererTest {
    private final List<ReportRenderer> renderers = List.of(new HtmlReportRenderer(), new DocxReportRenderer(),
            new PdfReportRenderer(), new XlsxAppendixRenderer());

    @Test
    void everyFormatProducesItsFileType() {
        ReportModel model = ReportFixtures.seed004Summary();
        for (ReportRenderer renderer : renderers) {
            byte[] bytes = renderer.render(model);
            String head = new String(bytes, 0, 5, StandardCharsets.ISO_8859_1);
            switch (renderer.extension()) {
                case "pdf" -> assertEquals("%PDF-", head);
                case "docx", "xlsx" -> assertTrue(head.startsWith("PK"), renderer.extension());
                case "html" -> assertTrue(head.startsWith("<!DOC"));
                default -> throw new AssertionError(renderer.extension());
            }
            assertTrue(renderer.mediaType().contains("/"));
        }
    }

    /** One evaluation in DOCX + PDF + HTML within about a second once fonts are loaded. */
    @Test
    void rendersTheThreeDocumentsOfOneEvaluationWithinASecond() {
        ReportModel model = ReportFixtures.seed000Finance();
        List<ReportRenderer> documents = renderers.subList(0, 3);
        documents.forEach(renderer -> renderer.render(model));
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            documents.forEach(renderer -> renderer.render(model));
            best = Math.min(best, System.nanoTime() - start);
        }
        long millis = best / 1_000_000;
        System.out.println("DOCX+PDF+HTML for one evaluation: " + millis + " ms");
        assertTrue(millis < 1_000, "took " + millis + " ms");
    }
}
