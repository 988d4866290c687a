package org.jixiao.report.domain.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The editable report the offices file: real Heading 1/2 styles (so Word's navigation pane and table of contents
 * work), tables, and the score-rate chart as an embedded PNG. Chinese text uses 宋体/黑体 by name; Word documents
 * do not embed fonts, the reader's machine supplies them.
 */
public final class DocxReportRenderer implements ReportRenderer {
    private static final String BODY_FONT = "宋体";
    private static final String HEADING_FONT = "黑体";
    private static final String LATIN_FONT = "Times New Roman";
    /** A4 with 2.54 cm / 3.17 cm margins leaves 15.9 cm of text width. */
    private static final int TEXT_WIDTH_POINTS = 450;

    private final ScoreRateChart chart;

    public DocxReportRenderer() {
        this(CjkFonts.defaults());
    }

    public DocxReportRenderer(CjkFonts fonts) {
        this.chart = new ScoreRateChart(fonts);
    }

    @Override
    public String mediaType() {
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }

    @Override
    public String extension() {
        return "docx";
    }

    @Override
    public byte[] render(ReportModel model) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            setUpPage(document);
            setUpStyles(document);
            document.getProperties().getCoreProperties().setTitle(model.title());
            document.getProperties().getCoreProperties().setCreator("Jixiao");
            boolean breakBeforeNext = false;
            for (Block block : ReportOutline.of(model)) {
                if (block instanceof PageBreak) {
                    breakBeforeNext = true;
                    continue;
                }
                XWPFParagraph first = append(document, block);
                if (breakBeforeNext && first != null) {
                    first.setPageBreak(true);
                }
                breakBeforeNext = false;
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write DOCX", e);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException("cannot embed the chart", e);
        }
    }

    /** Returns the first paragraph the block created, or null for a table (which carries its own caption). */
    private XWPFParagraph append(XWPFDocument document, Block block)
            throws IOException, org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        if (block instanceof Title title) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setStyle("Title");
            paragraph.setAlignment(ParagraphAlignment.CENTER);
            paragraph.createRun().setText(title.text());
            XWPFParagraph subtitle = document.createParagraph();
            subtitle.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun run = subtitle.createRun();
            run.setText(title.subtitle());
            run.setColor("555555");
            return paragraph;
        }
        if (block instanceof Heading heading) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setStyle(heading.level() <= 1 ? "Heading1" : "Heading2");
            paragraph.createRun().setText(heading.text());
            return paragraph;
        }
        if (block instanceof Paragraph text) {
            XWPFParagraph paragraph = bodyParagraph(document);
            paragraph.createRun().setText(text.text());
            return paragraph;
        }
        if (block instanceof ItemList list) {
            XWPFParagraph first = null;
            int number = 1;
            for (String item : list.items()) {
                XWPFParagraph paragraph = bodyParagraph(document);
                paragraph.createRun().setText(list.numbered() ? (number++) + ". " + item : item);
                first = first == null ? paragraph : first;
            }
            return first;
        }
        if (block instanceof Table table) {
            return table(document, table);
        }
        if (block instanceof Chart chartBlock) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setAlignment(ParagraphAlignment.CENTER);
            byte[] png = chart.png(chartBlock.caption(), chartBlock.bars());
            int height = TEXT_WIDTH_POINTS * ScoreRateChart.HEIGHT / ScoreRateChart.WIDTH;
            paragraph.createRun().addPicture(new ByteArrayInputStream(png), PictureType.PNG, "score-rate.png",
                    Units.toEMU(TEXT_WIDTH_POINTS), Units.toEMU(height));
            return paragraph;
        }
        return null;
    }

    private static XWPFParagraph bodyParagraph(XWPFDocument document) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setIndentationFirstLine(480);
        paragraph.setSpacingBetween(1.5);
        return paragraph;
    }

    private static XWPFParagraph table(XWPFDocument document, Table table) {
        XWPFParagraph caption = document.createParagraph();
        caption.setAlignment(ParagraphAlignment.CENTER);
        caption.setKeepNext(true);
        XWPFRun captionRun = caption.createRun();
        captionRun.setBold(true);
        captionRun.setText(table.caption());

        List<Column> columns = table.columns();
        int headerRows = table.hasHeader() ? 1 : 0;
        XWPFTable grid = document.createTable(headerRows + table.rows().size(), columns.size());
        grid.setWidth("100%");
        grid.setTableAlignment(TableRowAlign.CENTER);
        int totalWidth = columns.stream().mapToInt(Column::width).sum();
        if (headerRows == 1) {
            XWPFTableRow header = grid.getRow(0);
            header.setRepeatHeader(true);
            for (int i = 0; i < columns.size(); i++) {
                XWPFTableCell cell = header.getCell(i);
                cell.setColor("E8EEF4");
                cell.setWidth(percent(columns.get(i).width(), totalWidth));
                fill(cell, columns.get(i).header(), true, ParagraphAlignment.CENTER);
            }
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = table.rows().get(r);
            XWPFTableRow tableRow = grid.getRow(headerRows + r);
            tableRow.setCantSplitRow(true);
            if (row.kind() == RowKind.GROUP) {
                for (int i = columns.size() - 1; i > 0; i--) {
                    tableRow.removeCell(i);
                }
                XWPFTableCell cell = tableRow.getCell(0);
                cell.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(columns.size()));
                cell.setColor("F3F3F3");
                fill(cell, row.cells().get(0), true, ParagraphAlignment.LEFT);
                continue;
            }
            boolean bold = row.kind() == RowKind.TOTAL || (table.role() == Block.Role.CARD);
            for (int i = 0; i < columns.size(); i++) {
                XWPFTableCell cell = tableRow.getCell(i);
                cell.setWidth(percent(columns.get(i).width(), totalWidth));
                String text = i < row.cells().size() ? row.cells().get(i) : "";
                boolean cellBold = row.kind() == RowKind.TOTAL || (bold && i % 2 == 0);
                fill(cell, text, cellBold, columns.get(i).numeric() ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
            }
        }
        // A paragraph after each table keeps consecutive tables from merging in Word.
        document.createParagraph();
        return caption;
    }

    private static String percent(int width, int totalWidth) {
        return Math.max(1, Math.round(100f * width / totalWidth)) + "%";
    }

    private static void fill(XWPFTableCell cell, String text, boolean bold, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(0);
        XWPFRun run = paragraph.createRun();
        run.setBold(bold);
        run.setFontSize(10.5);
        run.setText(text);
    }

    private static void setUpPage(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1440));
        margins.setBottom(BigInteger.valueOf(1440));
        margins.setLeft(BigInteger.valueOf(1800));
        margins.setRight(BigInteger.valueOf(1800));
    }

    private static void setUpStyles(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setEastAsia(BODY_FONT);
        styles.setDefaultFonts(fonts);
        styles.addStyle(paragraphStyle("Title", "Title", 44, null));
        styles.addStyle(paragraphStyle("Heading1", "heading 1", 32, 0));
        styles.addStyle(paragraphStyle("Heading2", "heading 2", 28, 1));
    }

    private static XWPFStyle paragraphStyle(String id, String name, int halfPoints, Integer outlineLevel) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewBasedOn().setVal("Normal");
        style.addNewNext().setVal("Normal");
        style.addNewQFormat();
        var paragraph = style.addNewPPr();
        paragraph.addNewKeepNext();
        paragraph.addNewSpacing().setBefore(BigInteger.valueOf(240));
        paragraph.getSpacing().setAfter(BigInteger.valueOf(120));
        if (outlineLevel != null) {
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        var run = style.addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setEastAsia(HEADING_FONT);
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        return new XWPFStyle(style);
    }
}
