package org.jixiao.report;

import java.util.Arrays;
import java.util.List;
import org.jixiao.report.domain.ReportFixtures;
import org.jixiao.report.domain.model.ReportModel;
import org.jixiao.report.domain.render.CjkFonts;
import org.jixiao.report.domain.render.DocxReportRenderer;
import org.jixiao.report.domain.render.HtmlReportRenderer;
import org.jixiao.report.domain.render.PdfReportRenderer;
import org.jixiao.report.domain.render.ReportRenderer;

/**
 * Not a test: measures rendering DOCX + PDF + HTML of one evaluation (seed 000's 钢城街道 report model), the
 * work report-service does per evaluation.finalized event. Prints the median of 50 runs after 10 warm-up runs.
 * Run: see docs/benchmarks.md.
 */
public final class RenderBenchmark {
    private static final int WARM_UP = 10;
    private static final int RUNS = 50;

    private RenderBenchmark() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        CjkFonts fonts = CjkFonts.defaults();
        List<ReportRenderer> renderers = List.of(new DocxReportRenderer(fonts), new PdfReportRenderer(fonts),
                new HtmlReportRenderer());
        ReportModel model = ReportFixtures.seed000Finance();
        long bytes = 0;
        for (int i = 0; i < WARM_UP; i++) {
            bytes += renderAll(renderers, model);
        }
        long[] millis = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            bytes += renderAll(renderers, model);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("DOCX+PDF+HTML of one evaluation: median %d ms, min %d ms, p90 %d ms, max %d ms "
                + "over %d runs (%d warm-up; %d bytes rendered; %d CPUs, Java %s)%n",
                (millis[RUNS / 2 - 1] + millis[RUNS / 2]) / 2, millis[0], millis[RUNS * 9 / 10 - 1], millis[RUNS - 1],
                RUNS, WARM_UP, bytes, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    }

    private static long renderAll(List<ReportRenderer> renderers, ReportModel model) {
        long bytes = 0;
        for (ReportRenderer renderer : renderers) {
            bytes += renderer.render(model).length;
        }
        return bytes;
    }
}
