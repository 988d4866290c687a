package org.jixiao.report.domain.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.report.domain.model.Figures;
import org.jixiao.report.domain.model.ReportModel;
import org.jixiao.report.domain.model.ScoreNode;

/**
 * The 自评表 appendix as a spreadsheet: sheet 自评表 lists every scored leaf with its 一级/二级/三级 names filled
 * on every row (so the sheet can be filtered and sorted), sheet 得分汇总 the per-category scores.
 */
public final class XlsxAppendixRenderer implements ReportRenderer {
    public static final String APPENDIX_SHEET = "自评表";
    public static final String SUMMARY_SHEET = "得分汇总";

    @Override
    public String mediaType() {
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public byte[] render(ReportModel model) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            appendix(workbook.createSheet(APPENDIX_SHEET), model, styles);
            summary(workbook.createSheet(SUMMARY_SHEET), model, styles);
            workbook.getProperties().getCoreProperties().setTitle(model.title());
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write XLSX", e);
        }
    }

    private static void appendix(Sheet sheet, ReportModel model, Styles styles) {
        boolean grouped = model.scoreTree().stream().anyMatch(ScoreNode::isGoalGroup);
        List<String> headers = new ArrayList<>();
        if (grouped) {
            headers.add("年度目标");
        }
        headers.addAll(List.of("一级指标", "二级指标", "三级指标", "分值", "指标值", "实际完成值", "得分", "说明"));
        int[] widths = grouped ? new int[] {16, 12, 14, 28, 8, 20, 20, 8, 36} : new int[] {12, 14, 28, 8, 20, 20, 8, 36};

        int rowIndex = titleRows(sheet, model, headers.size(), styles,
                model.fiscalYear() + "年度" + model.unitName() + "部门整体绩效自评表");
        int headerRow = rowIndex;
        Row header = sheet.createRow(rowIndex++);
        for (int i = 0; i < headers.size(); i++) {
            text(header, i, headers.get(i), styles.header);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        int offset = grouped ? 1 : 0;
        for (AppendixRow line : AppendixRow.of(model.scoreTree())) {
            Row row = sheet.createRow(rowIndex++);
            if (line.groupHeading()) {
                text(row, 0, line.goalGroup(), styles.group);
                for (int i = 1; i < headers.size(); i++) {
                    text(row, i, "", styles.group);
                }
                number(row, offset + 3, line.weight(), styles.groupNumber);
                number(row, offset + 6, line.score(), styles.groupNumber);
                text(row, offset + 7, line.target(), styles.group);
                continue;
            }
            if (grouped) {
                text(row, 0, line.goalGroup(), styles.body);
            }
            text(row, offset, line.level1(), styles.body);
            text(row, offset + 1, line.level2(), styles.body);
            text(row, offset + 2, line.level3(), styles.body);
            number(row, offset + 3, line.weight(), styles.number);
            text(row, offset + 4, line.target(), styles.body);
            text(row, offset + 5, line.actual(), styles.body);
            number(row, offset + 6, line.score(), styles.number);
            text(row, offset + 7, line.explanation(), styles.body);
        }
        Row total = sheet.createRow(rowIndex);
        for (int i = 0; i < headers.size(); i++) {
            text(total, i, i == 0 ? "总分" : "", styles.total);
        }
        number(total, offset + 3, model.totalWeight(), styles.totalNumber);
        number(total, offset + 6, model.total(), styles.totalNumber);
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, rowIndex - 1, 0, headers.size() - 1));
    }

    private static void summary(Sheet sheet, ReportModel model, Styles styles) {
        int rowIndex = titleRows(sheet, model, 4, styles, model.title());
        Row header = sheet.createRow(rowIndex++);
        String[] headers = {"类别", "分值", "得分", "得分率"};
        int[] widths = {28, 10, 10, 12};
        for (int i = 0; i < headers.length; i++) {
            text(header, i, headers[i], styles.header);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        for (ScoreNode root : model.scoreTree()) {
            Row row = sheet.createRow(rowIndex++);
            text(row, 0, root.name(), styles.body);
            number(row, 1, root.weight(), styles.number);
            number(row, 2, root.score(), styles.number);
            text(row, 3, Figures.percent(root.scoreRate()), styles.right);
        }
        Row total = sheet.createRow(rowIndex);
        text(total, 0, "合计", styles.total);
        number(total, 1, model.totalWeight(), styles.totalNumber);
        number(total, 2, model.total(), styles.totalNumber);
        text(total, 3, Figures.percent(model.totalScoreRate()), styles.totalNumber);
    }

    private static int titleRows(Sheet sheet, ReportModel model, int width, Styles styles, String title) {
        Row titleRow = sheet.createRow(0);
        titleRow.setHeightInPoints(24);
        text(titleRow, 0, title, styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, width - 1));
        Row info = sheet.createRow(1);
        String grade = model.grade() == null ? "" : "    评价等级：" + model.grade();
        text(info, 0, "单位名称：" + model.unitName() + "    总分：" + Figures.score(model.total()) + grade, styles.plain);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, width - 1));
        return 3;
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(style);
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            // Spreadsheet cells hold IEEE doubles; the 0.00 format shows the exact 2-decimal score the model holds.
            cell.setCellValue(value.doubleValue());
        }
        cell.setCellStyle(style);
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle plain;
        final CellStyle header;
        final CellStyle body;
        final CellStyle right;
        final CellStyle number;
        final CellStyle group;
        final CellStyle groupNumber;
        final CellStyle total;
        final CellStyle totalNumber;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            short twoDecimals = workbook.createDataFormat().getFormat("0.00");

            title = workbook.createCellStyle();
            title.setFont(titleFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            plain = workbook.createCellStyle();

            body = bordered(workbook);
            body.setWrapText(true);
            right = bordered(workbook);
            right.setAlignment(HorizontalAlignment.RIGHT);
            number = bordered(workbook);
            number.setDataFormat(twoDecimals);

            header = bordered(workbook);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

            group = bordered(workbook);
            group.setFont(bold);
            group.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            group.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            groupNumber = workbook.createCellStyle();
            groupNumber.cloneStyleFrom(group);
            groupNumber.setDataFormat(twoDecimals);

            total = bordered(workbook);
            total.setFont(bold);
            totalNumber = bordered(workbook);
            totalNumber.setFont(bold);
            totalNumber.setDataFormat(twoDecimals);
            totalNumber.setAlignment(HorizontalAlignment.RIGHT);
        }

        private static CellStyle bordered(XSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        }
    }
}
