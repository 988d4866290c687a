package org.jixiao.report.domain.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jixiao.report.domain.ReportFixtures;
import org.jixiao.report.domain.model.ReportModel;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Offices edit and file the DOCX in Word or WPS; LibreOffice headless is the open stand-in: if it opens our file and
 * converts it to PDF with the Chinese text intact, the document is not just something POI can read back.
 * deploy/local/prerequisites.sh installs it (libreoffice-writer-nogui), and the test command runs that script first.
 */
class DocxLibreOfficeConversionTest {
    private static final long CONVERSION_TIMEOUT_SECONDS = 180;

    static List<ReportModel> reports() {
        return List.of(ReportFixtures.seed000Finance(), ReportFixtures.seed004Summary());
    }

    @ParameterizedTest
    @MethodSource("reports")
    void libreOfficeConvertsTheDocxWithItsChineseText(ReportModel model, @TempDir Path dir) throws Exception {
        Path docx = dir.resolve("report.docx");
        Files.write(docx, new DocxReportRenderer().render(model));

        Process soffice = new ProcessBuilder(soffice(), "--headless", "--norestore",
                // a profile of its own: a second office process or a first-start dialog must not get in the way
                "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString())
                .redirectErrorStream(true).start();
        String output = new String(soffice.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!soffice.waitFor(CONVERSION_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            soffice.destroyForcibly();
            fail("LibreOffice did not convert within " + CONVERSION_TIMEOUT_SECONDS + " s: " + output);
        }
        assertEquals(0, soffice.exitValue(), output);
        Path pdf = dir.resolve("report.pdf");
        assertTrue(Files.size(pdf) > 0, "LibreOffice wrote no PDF: " + output);

        try (PDDocument converted = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(converted).replaceAll("\\s+", "");
            assertTrue(converted.getNumberOfPages() >= 2, "pages: " + converted.getNumberOfPages());
            assertTrue(text.contains(model.title().replaceAll("\\s+", "")), "the title survives the conversion");
            assertTrue(text.contains(model.unitName()), "the unit name survives the conversion");
            assertTrue(text.contains(model.grade()), "the grade survives the conversion");
        }
    }

    private static String soffice() throws IOException {
        for (String candidate : List.of("/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice",
                "/opt/libreoffice/program/soffice")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new IOException("LibreOffice (soffice) is not installed: run deploy/local/prerequisites.sh, which installs "
                + "libreoffice-writer-nogui");
    }
}
