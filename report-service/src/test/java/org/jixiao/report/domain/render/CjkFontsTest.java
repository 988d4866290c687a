package org.jixiao.report.domain.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.Test;

class CjkFontsTest {

    @Test
    void skipsMissingAndUnusableCandidates() throws IOException {
        Path notAFont = Files.createTempFile("not-a-font", ".ttf");
        Files.writeString(notAFont, "plain text");
        try {
            Path real = CjkFonts.defaults().path();
            CjkFonts fonts = CjkFonts.locate(List.of(Path.of("/nonexistent/font.ttc"), notAFont, real));
            assertEquals(real, fonts.path());
            assertTrue(fonts.awt(12f).canDisplay('绩'));
        } finally {
            Files.delete(notAFont);
        }
    }

    @Test
    void explainsHowToFixAMissingFont() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> CjkFonts.locate(List.of(Path.of("/nonexistent/a.ttc"))));
        assertTrue(error.getMessage().contains("fonts-wqy-microhei"));
        assertTrue(error.getMessage().contains("/nonexistent/a.ttc"));
    }

    @Test
    void readsTheSearchListFromTheSystemProperty() {
        String previous = System.getProperty(CjkFonts.PROPERTY);
        try {
            System.setProperty(CjkFonts.PROPERTY, "/a.ttf" + File.pathSeparator + " /b.ttc ");
            assertEquals(List.of(Path.of("/a.ttf"), Path.of("/b.ttc")), CjkFonts.configuredCandidates());
        } finally {
            if (previous == null) {
                System.clearProperty(CjkFonts.PROPERTY);
            } else {
                System.setProperty(CjkFonts.PROPERTY, previous);
            }
        }
    }

    @Test
    void pooledPdfFontsAreReused() {
        CjkFonts fonts = CjkFonts.defaults();
        TrueTypeFont first = fonts.borrowPdfFont();
        assertNotNull(first);
        fonts.release(first);
        TrueTypeFont second = fonts.borrowPdfFont();
        fonts.release(second);
        assertSame(first, second);
    }
}
