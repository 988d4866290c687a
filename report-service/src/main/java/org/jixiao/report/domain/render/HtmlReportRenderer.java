package org.jixiao.report.domain.render;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jixiao.report.domain.model.ReportModel;
import org.jixiao.report.domain.render.Block.Chart;
import org.jixiao.report.domain.render.Block.Column;
import org.jixiao.report.domain.render.Block.Heading;
import org.jixiao.report.domain.render.Block.ItemList;
import org.jixiao.report.domain.render.Block.PageBreak;
import org.jixiao.report.domain.render.Block.Paragraph;
import org.jixiao.report.domain.render.Block.Row;
import org.jixiao.report.domain.render.Block.Table;
import org.jixiao.report.domain.render.Block.Title;

/**
 * The web view: one self-contained, printable HTML page (no scripts, no external resources; the chart is inline
 * SVG). All model text is escaped, so a unit name of {@code <script>} shows as text.
 */
public final class HtmlReportRenderer implements ReportRenderer {
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final String STYLE = """
            :root { color-scheme: light; }
            body { margin: 0; background: #f4f4f4; color: #222;
              font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", "WenQuanYi Micro Hei", serif; line-height: 1.8; }
            .report { max-width: 210mm; margin: 0 auto; padding: 20mm; background: #fff; box-sizing: border-box; }
            h1.title { text-align: center; font-size: 22pt; margin: 0 0 4pt; }
            p.subtitle { text-align: center; color: #555; margin: 0 0 18pt; }
            h2 { font-size: 15pt; margin: 18pt 0 6pt; }
            h3 { font-size: 13pt; margin: 12pt 0 4pt; }
            p { text-indent: 2em; margin: 4pt 0; }
            ol, ul { margin: 4pt 0 4pt 2em; padding-left: 1em; }
            ul.plain { list-style: none; }
            table { border-collapse: collapse; width: 100%; margin: 8pt 0 12pt; font-size: 10.5pt; }
            caption { font-weight: bold; margin-bottom: 4pt; }
            th, td { border: 1px solid #888; padding: 3pt 5pt; vertical-align: top; text-align: left; }
            th { background: #e8eef4; text-align: center; }
            td.num { text-align: right; white-space: nowrap; }
            tr.group td { background: #f3f3f3; font-weight: bold; }
            tr.total td { font-weight: bold; }
            table.card td:nth-child(odd) { background: #f7f7f7; width: 18%; }
            figure { margin: 8pt 0 16pt; text-align: center; }
            svg.chart { width: 100%; height: auto; }
            .page-break { height: 0; }
            footer { margin-top: 24pt; color: #777; font-size: 9pt; text-align: right; }
            @page { size: A4; margin: 18mm 16mm; }
            @media print {
              body { background: #fff; }
              .report { padding: 0; max-width: none; }
              .page-break { break-before: page; }
              thead { display: table-header-group; }
              tr, figure { break-inside: avoid; }
              h2, h3 { break-after: avoid; }
            }
            """;

    @Override
    public byte[] render(ReportModel model) {
        return html(model).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String mediaType() {
        return "text/html; charset=UTF-8";
    }

    @Override
    public String extension() {
        return "html";
    }

    public String html(ReportModel model) {
        StringBuilder html = new StringBuilder(32_768);
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(model.title())).append("</title>\n<style>").append(STYLE)
                .append("</style>\n</head>\n<body>\n<main class=\"report\">\n");
        for (Block block : ReportOutline.of(model)) {
            append(html, block);
        }
        html.append("<footer>生成时间：").append(Html.escape(model.generatedAt().format(GENERATED))).append("</footer>\n")
                .append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void append(StringBuilder html, Block block) {
        if (block instanceof Title title) {
            html.append("<h1 class=\"title\">").append(Html.escape(title.text())).append("</h1>\n");
            html.append("<p class=\"subtitle\">").append(Html.escape(title.subtitle())).append("</p>\n");
        } else if (block instanceof Heading heading) {
            String tag = heading.level() <= 1 ? "h2" : "h3";
            html.append('<').append(tag).append('>').append(Html.escape(heading.text())).append("</").append(tag).append(">\n");
        } else if (block instanceof Paragraph paragraph) {
            html.append("<p>").append(Html.escape(paragraph.text())).append("</p>\n");
        } else if (block instanceof ItemList list) {
            String tag = list.numbered() ? "ol" : "ul";
            html.append('<').append(tag).append(list.numbered() ? ">" : " class=\"plain\">");
            for (String item : list.items()) {
                html.append("<li>").append(Html.escape(item)).append("</li>");
            }
            html.append("</").append(tag).append(">\n");
        } else if (block instanceof Table table) {
            table(html, table);
        } else if (block instanceof Chart chart) {
            html.append("<figure>").append(ScoreRateChart.svg(chart.caption(), chart.bars())).append("</figure>\n");
        } else if (block instanceof PageBreak) {
            html.append("<div class=\"page-break\"></div>\n");
        }
    }

    private static void table(StringBuilder html, Table table) {
        List<Column> columns = table.columns();
        html.append("<table class=\"").append(table.role().name().toLowerCase(java.util.Locale.ROOT)).append("\">");
        html.append("<caption>").append(Html.escape(table.caption())).append("</caption>");
        if (table.hasHeader()) {
            html.append("<thead><tr>");
            for (Column column : columns) {
                html.append("<th>").append(Html.escape(column.header())).append("</th>");
            }
            html.append("</tr></thead>");
        }
        html.append("<tbody>");
        for (Row row : table.rows()) {
            switch (row.kind()) {
                case GROUP -> html.append("<tr class=\"group\"><td colspan=\"").append(columns.size()).append("\">")
                        .append(Html.escape(row.cells().get(0))).append("</td></tr>");
                case TOTAL, BODY -> {
                    html.append(row.kind() == Block.RowKind.TOTAL ? "<tr class=\"total\">" : "<tr>");
                    for (int i = 0; i < columns.size(); i++) {
                        String cell = i < row.cells().size() ? row.cells().get(i) : "";
                        html.append(columns.get(i).numeric() ? "<td class=\"num\">" : "<td>")
                                .append(Html.escape(cell)).append("</td>");
                    }
                    html.append("</tr>");
                }
            }
        }
        html.append("</tbody></table>\n");
    }
}
