package org.jixiao.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import org.jixiao.report.domain.model.ReportModel;
import org.jixiao.report.domain.render.CjkFonts;
import org.jixiao.report.domain.render.DocxReportRenderer;
import org.jixiao.report.domain.render.HtmlReportRenderer;
import org.jixiao.report.domain.render.PdfReportRenderer;
import org.jixiao.report.domain.render.ReportRenderer;
import org.jixiao.report.domain.render.XlsxAppendixRenderer;

/** The four renderers, shared: they are thread-safe and the CJK font is loaded once. */
@ApplicationScoped
public class Renderers {
    private final Map<DocumentFormat, ReportRenderer> renderers = new EnumMap<>(DocumentFormat.class);

    public Renderers() {
        // charts are drawn with Java2D on a server without a display
        System.setProperty("java.awt.headless", "true");
        CjkFonts fonts = CjkFonts.defaults();
        renderers.put(DocumentFormat.HTML, new HtmlReportRenderer());
        renderers.put(DocumentFormat.DOCX, new DocxReportRenderer(fonts));
        renderers.put(DocumentFormat.PDF, new PdfReportRenderer(fonts));
        renderers.put(DocumentFormat.XLSX, new XlsxAppendixRenderer());
    }

    public record Rendered(DocumentFormat format, String mediaType, byte[] content, String sha256) {
    }

    public Map<DocumentFormat, Rendered> renderAll(ReportModel model) {
        Map<DocumentFormat, Rendered> documents = new EnumMap<>(DocumentFormat.class);
        renderers.forEach((format, renderer) -> {
            byte[] content = renderer.render(model);
            documents.put(format, new Rendered(format, renderer.mediaType(), content, sha256(content)));
        });
        return documents;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
