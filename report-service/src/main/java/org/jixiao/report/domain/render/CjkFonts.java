package org.jixiao.report.domain.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * The CJK TrueType font the PDF embeds and the chart draws with. PDFBox needs TrueType outlines (not CFF), so the
 * default candidates are TrueType fonts from Debian packages: fonts-wqy-microhei first. The search list comes from
 * the system property {@value #PROPERTY} or the environment variable {@value #ENVIRONMENT} (paths separated by
 * the platform path separator), falling back to {@link #DEFAULT_CANDIDATES}.
 * The file is read once; parsed PDFBox fonts are pooled because a parsed font is not safe for concurrent use.
 */
public final class CjkFonts {
    public static final String PROPERTY = "jixiao.report.fonts";
    public static final String ENVIRONMENT = "JIXIAO_REPORT_FONTS";
    public static final List<Path> DEFAULT_CANDIDATES = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic/ukai.ttc"),
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"));

    private static final AtomicReference<CjkFonts> DEFAULTS = new AtomicReference<>();

    private final Path path;
    private final byte[] data;
    private final Font awtFont;
    private final Queue<TrueTypeFont> pdfFonts = new ConcurrentLinkedQueue<>();

    private CjkFonts(Path path, byte[] data, Font awtFont) {
        this.path = path;
        this.data = data;
        this.awtFont = awtFont;
    }

    /** The shared instance for the configured search list, loaded on first use. */
    public static CjkFonts defaults() {
        CjkFonts fonts = DEFAULTS.get();
        if (fonts == null) {
            DEFAULTS.compareAndSet(null, locate(configuredCandidates()));
            fonts = DEFAULTS.get();
        }
        return fonts;
    }

    public static List<Path> configuredCandidates() {
        String configured = System.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(ENVIRONMENT);
        }
        if (configured == null || configured.isBlank()) {
            return DEFAULT_CANDIDATES;
        }
        List<Path> paths = new ArrayList<>();
        for (String entry : configured.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                paths.add(Path.of(entry.strip()));
            }
        }
        return paths;
    }

    /** The first readable candidate that holds Chinese glyphs with TrueType outlines. */
    public static CjkFonts locate(List<Path> candidates) {
        List<String> tried = new ArrayList<>();
        for (Path candidate : candidates) {
            if (!Files.isReadable(candidate)) {
                tried.add(candidate + " (missing)");
                continue;
            }
            try {
                byte[] data = Files.readAllBytes(candidate);
                CjkFonts fonts = new CjkFonts(candidate, data, loadAwt(data));
                fonts.release(fonts.parse());
                return fonts;
            } catch (IOException | FontFormatException | IllegalStateException e) {
                tried.add(candidate + " (" + e.getMessage() + ")");
            }
        }
        throw new IllegalStateException("no usable CJK TrueType font; install fonts-wqy-microhei or set "
                + PROPERTY + "/" + ENVIRONMENT + ". Tried: " + String.join(", ", tried));
    }

    public Path path() {
        return path;
    }

    /** The Java2D font at the given point size, for charts. */
    public Font awt(float size) {
        return awtFont.deriveFont(size);
    }

    /** A parsed font for one PDF; give it back with {@link #release} once the document is saved. */
    public TrueTypeFont borrowPdfFont() {
        TrueTypeFont font = pdfFonts.poll();
        if (font != null) {
            return font;
        }
        try {
            return parse();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + path, e);
        }
    }

    public void release(TrueTypeFont font) {
        pdfFonts.offer(font);
    }

    private TrueTypeFont parse() throws IOException {
        if (!isCollection(data)) {
            return usable(new org.apache.fontbox.ttf.TTFParser().parse(
                    new org.apache.pdfbox.io.RandomAccessReadBuffer(data)));
        }
        // The collection stays open for the font's lifetime: its glyphs are read lazily from it.
        TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(data));
        List<TrueTypeFont> fonts = new ArrayList<>();
        collection.processAllFonts(fonts::add);
        TrueTypeFont chosen = fonts.stream().filter(font -> !nameOf(font).contains("Mono")).findFirst()
                .orElse(fonts.isEmpty() ? null : fonts.get(0));
        if (chosen == null) {
            throw new IllegalStateException("empty font collection");
        }
        return usable(chosen);
    }

    private static TrueTypeFont usable(TrueTypeFont font) throws IOException {
        if (font instanceof org.apache.fontbox.ttf.OpenTypeFont openType && openType.isPostScript()) {
            throw new IllegalStateException("CFF outlines; PDF embedding needs TrueType outlines");
        }
        if (font.getUnicodeCmapLookup().getGlyphId('中') == 0) {
            throw new IllegalStateException("no Chinese glyphs");
        }
        return font;
    }

    private static String nameOf(TrueTypeFont font) {
        try {
            return String.valueOf(font.getName());
        } catch (IOException e) {
            return "";
        }
    }

    private static boolean isCollection(byte[] data) {
        return data.length > 4 && data[0] == 't' && data[1] == 't' && data[2] == 'c' && data[3] == 'f';
    }

    private static Font loadAwt(byte[] data) throws IOException, FontFormatException {
        if (isCollection(data)) {
            Font[] fonts = Font.createFonts(new ByteArrayInputStream(data));
            for (Font font : fonts) {
                if (!font.getFontName().contains("Mono")) {
                    return font;
                }
            }
            return fonts[0];
        }
        return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(data));
    }
}
