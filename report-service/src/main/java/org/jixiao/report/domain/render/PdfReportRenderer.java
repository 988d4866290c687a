package org.jixiao.report.domain.render;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.jixiao.report.domain.model.ReportModel;
import org.jixiao.report.domain.render.Block.Chart;
import org.jixiao.report.domain.render.Block.Column;
import org.jixiao.report.domain.render.Block.Heading;
import org.jixiao.report.domain.render.Block.ItemList;
import org.jixiao.report.domain.render.Block.PageBreak;
import org.jixiao.report.domain.render.Block.Paragraph;
import org.jixiao.report.domain.render.Block.Row;
import org.jixiao.report.domain.render.Block.RowKind;
import org.jixiao.report.domain.render.Block.Table;
import org.jixiao.report.domain.render.Block.Title;

/**
 * The published PDF, laid out directly with PDFBox: A4, the CJK font embedded as a subset (so every reader sees the
 * same glyphs and text stays extractable), tables that repeat their header on each page, the chart as an image,
 * and page numbers.
 */
public final class PdfReportRenderer implements ReportRenderer {
    private final CjkFonts fonts;
    private final ScoreRateChart chart;

    public PdfReportRenderer() {
        this(CjkFonts.defaults());
    }

    public PdfReportRenderer(CjkFonts fonts) {
        this.fonts = fonts;
        this.chart = new ScoreRateChart(fonts);
    }

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public byte[] render(ReportModel model) {
        TrueTypeFont trueType = fonts.borrowPdfFont();
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = PDType0Font.load(document, trueType, true);
            Layout layout = new Layout(document, font, trueType.getUnicodeCmapLookup(), model.title());
            for (Block block : ReportOutline.of(model)) {
                layout.add(block);
            }
            layout.finish();
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(model.title());
            information.setAuthor(model.frontMatter().evaluatorOrg() != null ? model.frontMatter().evaluatorOrg()
                    : model.unitName());
            information.setCreator("Jixiao");
            information.setCreationDate(GregorianCalendar.from(model.generatedAt().toZonedDateTime()));
            document.getDocumentCatalog().setLanguage("zh-CN");
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write PDF", e);
        } finally {
            fonts.release(trueType);
        }
    }

    /** A cursor over A4 pages: blocks flow top to bottom, breaking pages where they must. */
    private final class Layout {
        private static final float MARGIN_X = 64;
        private static final float MARGIN_TOP = 64;
        private static final float MARGIN_BOTTOM = 64;
        private static final float BODY_SIZE = 11;
        private static final float CELL_PADDING = 3;
        private static final Color HEADER_FILL = new Color(0xE8, 0xEE, 0xF4);
        private static final Color GROUP_FILL = new Color(0xF0, 0xF0, 0xF0);
        private static final Color CARD_FILL = new Color(0xF7, 0xF7, 0xF7);
        private static final String NO_LINE_START = "，。、；：？！）》」』”’%…";

        private final PDDocument document;
        private final PDType0Font font;
        private final CmapLookup glyphs;
        private final String title;
        private final PDRectangle pageSize = PDRectangle.A4;
        private final float contentWidth = PDRectangle.A4.getWidth() - 2 * MARGIN_X;
        private PDPageContentStream stream;
        private float y;
        private boolean pageHasContent;

        Layout(PDDocument document, PDType0Font font, CmapLookup glyphs, String title) throws IOException {
            this.document = document;
            this.font = font;
            this.glyphs = glyphs;
            this.title = title;
            newPage();
        }

        void add(Block block) throws IOException {
            if (block instanceof Title titleBlock) {
                space(24);
                centered(titleBlock.text(), 19, true, Color.BLACK);
                space(4);
                centered(titleBlock.subtitle(), 11, false, Color.DARK_GRAY);
                space(16);
            } else if (block instanceof Heading heading) {
                float size = heading.level() <= 1 ? 15 : 12.5f;
                space(heading.level() <= 1 ? 12 : 6);
                // Keep a heading with at least two lines of what follows it.
                ensure(size * 1.5f + BODY_SIZE * 1.7f * 2);
                lines(wrap(heading.text(), contentWidth, contentWidth, size), MARGIN_X, size, size * 1.5f, true, Color.BLACK);
                space(2);
            } else if (block instanceof Paragraph paragraph) {
                float indent = 2 * BODY_SIZE;
                List<String> wrapped = wrap(paragraph.text(), contentWidth - indent, contentWidth, BODY_SIZE);
                float leading = BODY_SIZE * 1.7f;
                for (int i = 0; i < wrapped.size(); i++) {
                    ensure(leading);
                    text(wrapped.get(i), MARGIN_X + (i == 0 ? indent : 0), y - BODY_SIZE, BODY_SIZE, false, Color.BLACK);
                    y -= leading;
                }
                space(3);
            } else if (block instanceof ItemList list) {
                int number = 1;
                float leading = BODY_SIZE * 1.7f;
                for (String item : list.items()) {
                    String prefix = list.numbered() ? (number++) + ". " : "· ";
                    float hanging = width(prefix, BODY_SIZE) + 2;
                    List<String> wrapped = wrap(item, contentWidth - BODY_SIZE - hanging, contentWidth - BODY_SIZE - hanging,
                            BODY_SIZE);
                    for (int i = 0; i < wrapped.size(); i++) {
                        ensure(leading);
                        if (i == 0) {
                            text(prefix, MARGIN_X + BODY_SIZE, y - BODY_SIZE, BODY_SIZE, false, Color.BLACK);
                        }
                        text(wrapped.get(i), MARGIN_X + BODY_SIZE + hanging, y - BODY_SIZE, BODY_SIZE, false, Color.BLACK);
                        y -= leading;
                    }
                }
                space(3);
            } else if (block instanceof Table table) {
                table(table);
            } else if (block instanceof Chart chartBlock) {
                PDImageXObject image = LosslessFactory.createFromImage(document,
                        chart.image(chartBlock.caption(), chartBlock.bars()));
                float height = contentWidth * ScoreRateChart.HEIGHT / ScoreRateChart.WIDTH;
                ensure(height + 8);
                stream.drawImage(image, MARGIN_X, y - height, contentWidth, height);
                y -= height + 8;
                pageHasContent = true;
            } else if (block instanceof PageBreak) {
                if (pageHasContent) {
                    newPage();
                }
            }
        }

        private void table(Table table) throws IOException {
            boolean appendix = table.role() == Block.Role.APPENDIX;
            float size = appendix ? 8.5f : 10f;
            float leading = size * 1.35f;
            List<Column> columns = table.columns();
            float[] widths = columnWidths(columns);

            float captionHeight = 10.5f * 1.6f;
            ensure(captionHeight + (table.hasHeader() ? 2 : 1) * (leading + 2 * CELL_PADDING));
            centered(table.caption(), 10.5f, true, Color.BLACK);
            if (table.hasHeader()) {
                header(columns, widths, size, leading);
            }
            float maxRowHeight = pageSize.getHeight() - MARGIN_TOP - MARGIN_BOTTOM - 2 * (leading + 2 * CELL_PADDING);
            for (Row row : table.rows()) {
                boolean bold = row.kind() != RowKind.BODY;
                List<List<String>> cells = new ArrayList<>();
                int lineCount = 1;
                if (row.kind() == RowKind.GROUP) {
                    cells.add(wrap(row.cells().get(0), contentWidth - 2 * CELL_PADDING, contentWidth - 2 * CELL_PADDING, size));
                    lineCount = cells.get(0).size();
                } else {
                    for (int i = 0; i < columns.size(); i++) {
                        String text = i < row.cells().size() ? row.cells().get(i) : "";
                        float inner = widths[i] - 2 * CELL_PADDING;
                        List<String> wrapped = wrap(text, inner, inner, size);
                        cells.add(wrapped);
                        lineCount = Math.max(lineCount, wrapped.size());
                    }
                }
                int maxLines = Math.max(1, (int) ((maxRowHeight - 2 * CELL_PADDING) / leading));
                if (lineCount > maxLines) {
                    // A single cell longer than a page is cut rather than split; the full text stays in DOCX/HTML.
                    lineCount = maxLines;
                    for (List<String> cell : cells) {
                        if (cell.size() > maxLines) {
                            List<String> kept = new ArrayList<>(cell.subList(0, maxLines));
                            kept.set(maxLines - 1, kept.get(maxLines - 1) + "…");
                            cell.clear();
                            cell.addAll(kept);
                        }
                    }
                }
                float height = lineCount * leading + 2 * CELL_PADDING;
                if (y - height < MARGIN_BOTTOM) {
                    newPage();
                    if (table.hasHeader()) {
                        header(columns, widths, size, leading);
                    }
                }
                if (row.kind() == RowKind.GROUP) {
                    fill(MARGIN_X, y - height, contentWidth, height, GROUP_FILL);
                    border(MARGIN_X, y - height, contentWidth, height);
                    cellText(cells.get(0), MARGIN_X, contentWidth, size, leading, true, false);
                } else {
                    float x = MARGIN_X;
                    for (int i = 0; i < columns.size(); i++) {
                        boolean cardLabel = table.role() == Block.Role.CARD && i % 2 == 0;
                        if (cardLabel) {
                            fill(x, y - height, widths[i], height, CARD_FILL);
                        }
                        border(x, y - height, widths[i], height);
                        cellText(cells.get(i), x, widths[i], size, leading, bold || cardLabel, columns.get(i).numeric());
                        x += widths[i];
                    }
                }
                y -= height;
            }
            space(10);
        }

        private void header(List<Column> columns, float[] widths, float size, float leading) throws IOException {
            int lineCount = 1;
            List<List<String>> cells = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                float inner = widths[i] - 2 * CELL_PADDING;
                List<String> wrapped = wrap(columns.get(i).header(), inner, inner, size);
                cells.add(wrapped);
                lineCount = Math.max(lineCount, wrapped.size());
            }
            float height = lineCount * leading + 2 * CELL_PADDING;
            ensure(height + leading + 2 * CELL_PADDING);
            float x = MARGIN_X;
            for (int i = 0; i < columns.size(); i++) {
                fill(x, y - height, widths[i], height, HEADER_FILL);
                border(x, y - height, widths[i], height);
                List<String> lines = cells.get(i);
                for (int line = 0; line < lines.size(); line++) {
                    float textWidth = width(lines.get(line), size);
                    text(lines.get(line), x + (widths[i] - textWidth) / 2, y - CELL_PADDING - size - line * leading + 1,
                            size, true, Color.BLACK);
                }
                x += widths[i];
            }
            y -= height;
        }

        private void cellText(List<String> lines, float x, float cellWidth, float size, float leading, boolean bold,
                              boolean alignRight) throws IOException {
            for (int line = 0; line < lines.size(); line++) {
                String text = lines.get(line);
                float left = alignRight ? x + cellWidth - CELL_PADDING - width(text, size) : x + CELL_PADDING;
                text(text, left, y - CELL_PADDING - size - line * leading + 1, size, bold, Color.BLACK);
            }
        }

        private float[] columnWidths(List<Column> columns) {
            int total = columns.stream().mapToInt(Column::width).sum();
            float[] widths = new float[columns.size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = contentWidth * columns.get(i).width() / total;
            }
            return widths;
        }

        private void centered(String text, float size, boolean bold, Color color) throws IOException {
            float leading = size * 1.6f;
            for (String line : wrap(text, contentWidth, contentWidth, size)) {
                ensure(leading);
                text(line, MARGIN_X + (contentWidth - width(line, size)) / 2, y - size, size, bold, color);
                y -= leading;
            }
        }

        private void lines(List<String> lines, float x, float size, float leading, boolean bold, Color color)
                throws IOException {
            for (String line : lines) {
                ensure(leading);
                text(line, x, y - size, size, bold, color);
                y -= leading;
            }
        }

        private void text(String text, float x, float baseline, float size, boolean bold, Color color) throws IOException {
            if (text.isEmpty()) {
                return;
            }
            stream.beginText();
            stream.setFont(font, size);
            stream.setNonStrokingColor(color);
            if (bold) {
                // The embedded CJK font has no bold face; stroking the outline thickens it the way Word's fake bold does.
                stream.setRenderingMode(RenderingMode.FILL_STROKE);
                stream.setStrokingColor(color);
                stream.setLineWidth(size * 0.035f);
            } else {
                stream.setRenderingMode(RenderingMode.FILL);
            }
            stream.newLineAtOffset(x, baseline);
            stream.showText(text);
            stream.endText();
            pageHasContent = true;
        }

        private void fill(float x, float bottom, float width, float height, Color color) throws IOException {
            stream.setNonStrokingColor(color);
            stream.addRect(x, bottom, width, height);
            stream.fill();
            stream.setNonStrokingColor(Color.BLACK);
        }

        private void border(float x, float bottom, float width, float height) throws IOException {
            stream.setStrokingColor(Color.GRAY);
            stream.setLineWidth(0.5f);
            stream.addRect(x, bottom, width, height);
            stream.stroke();
            pageHasContent = true;
        }

        private void space(float points) {
            y -= points;
        }

        private void ensure(float height) throws IOException {
            if (y - height < MARGIN_BOTTOM && pageHasContent) {
                newPage();
            }
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(pageSize);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = pageSize.getHeight() - MARGIN_TOP;
            pageHasContent = false;
        }

        /** Page numbers and a running title go on last, when the page count is known. */
        void finish() throws IOException {
            stream.close();
            int count = document.getNumberOfPages();
            for (int i = 0; i < count; i++) {
                PDPage page = document.getPage(i);
                try (PDPageContentStream footer = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    stream = footer;
                    String number = "第 " + (i + 1) + " 页 / 共 " + count + " 页";
                    text(number, (pageSize.getWidth() - width(number, 9)) / 2, MARGIN_BOTTOM / 2, 9, false, Color.GRAY);
                    if (i > 0) {
                        String running = clip(title, contentWidth, 8);
                        text(running, MARGIN_X, pageSize.getHeight() - MARGIN_TOP / 2, 8, false, Color.GRAY);
                    }
                }
            }
            stream = null;
        }

        private String clip(String text, float maxWidth, float size) throws IOException {
            String safe = printable(text);
            if (width(safe, size) <= maxWidth) {
                return safe;
            }
            StringBuilder clipped = new StringBuilder();
            for (int i = 0; i < safe.length() && width(clipped + "…", size) < maxWidth; i++) {
                clipped.append(safe.charAt(i));
            }
            return clipped + "…";
        }

        private float width(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        /**
         * Greedy line breaking: Chinese may break between any two characters, Latin words and numbers stay whole
         * when they fit, and closing punctuation never starts a line (it may hang into the margin instead).
         */
        private List<String> wrap(String raw, float firstWidth, float width, float size) throws IOException {
            String text = printable(raw);
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            int i = 0;
            while (i < text.length()) {
                int end = i + 1;
                if (isWordChar(text.charAt(i))) {
                    while (end < text.length() && isWordChar(text.charAt(end))) {
                        end++;
                    }
                } else if (Character.isHighSurrogate(text.charAt(i)) && end < text.length()) {
                    end++;
                }
                String piece = text.substring(i, end);
                float pieceWidth = width(piece, size);
                float limit = lines.isEmpty() ? firstWidth : width;
                boolean hangs = piece.length() == 1 && NO_LINE_START.indexOf(piece.charAt(0)) >= 0;
                if (lineWidth + pieceWidth <= limit || line.isEmpty() || hangs) {
                    if (pieceWidth > limit && line.isEmpty() && piece.length() > 1) {
                        // A word wider than the line is broken by character.
                        end = i + 1;
                        piece = text.substring(i, end);
                        pieceWidth = width(piece, size);
                    }
                    line.append(piece);
                    lineWidth += pieceWidth;
                    i = end;
                } else {
                    lines.add(line.toString().stripTrailing());
                    line.setLength(0);
                    lineWidth = 0;
                    while (i < text.length() && text.charAt(i) == ' ') {
                        i++;
                    }
                }
            }
            if (!line.isEmpty() || lines.isEmpty()) {
                lines.add(line.toString().stripTrailing());
            }
            return lines;
        }

        private boolean isWordChar(char c) {
            return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == ','
                    || c == '%' || c == '-' || c == '_';
        }

        /** Drops control characters and replaces what the font cannot draw, so showText never fails on user text. */
        private String printable(String text) {
            if (text == null) {
                return "";
            }
            StringBuilder safe = new StringBuilder(text.length());
            text.codePoints().forEach(codePoint -> {
                if (codePoint == '\t' || codePoint == '\n' || codePoint == '\r') {
                    safe.append(' ');
                } else if (Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT) {
                    return;
                } else if (glyphs.getGlyphId(codePoint) != 0) {
                    safe.appendCodePoint(codePoint);
                } else {
                    safe.append('?');
                }
            });
            return safe.toString();
        }
    }
}
