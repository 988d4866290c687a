package org.jixiao.budget.service.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The downloadable XLSX template: on the first sheet the header every upload must use and the example row of the
 * CSV template (so both templates always agree); a second sheet explains the columns. Unit codes and amount units
 * are text cells (leading zeros survive), amounts and counts are numbers.
 */
public final class BudgetXlsxTemplate {
    public static final String FILE_NAME = "budget-import-template.xlsx";
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private BudgetXlsxTemplate() {
    }

    public static byte[] bytes() {
        List<String> columns = BudgetCsvTemplate.columns();
        String[] lines = BudgetCsvTemplate.text().replace("\uFEFF", "").split("\r\n");
        String[] example = lines[1].split(",", -1);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("budgets");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            Row row = sheet.createRow(1);
            for (int i = 0; i < columns.size(); i++) {
                Cell name = header.createCell(i);
                name.setCellValue(columns.get(i));
                name.setCellStyle(bold);
                String value = i < example.length ? example[i] : "";
                if (value.isEmpty()) {
                    continue;
                }
                String column = columns.get(i);
                if (column.equals(RowAssembler.UNIT_CODE) || column.equals(RowAssembler.AMOUNT_UNIT)) {
                    row.createCell(i).setCellValue(value);
                } else {
                    row.createCell(i).setCellValue(Double.parseDouble(value));
                }
                sheet.setColumnWidth(i, Math.max(12, column.length() + 2) * 256);
            }
            sheet.createFreezePane(0, 1);
            Sheet help = workbook.createSheet("说明");
            String[] notes = {
                    "只读取第一个工作表；第 1 行为表头（字段名见本模板，资金来源也可写作 fundSourceExpenditure.财政拨款）。",
                    "amountUnit 填 元 或 万元（YUAN / TEN_THOUSAND_YUAN），不做推测；元 最多 2 位小数，万元 最多 6 位。",
                    "空单元格表示未填报；全角数字（１２３．４５）会被规范化。",
                    "校验：基本支出 + 项目支出 = 实际支出；人员经费 + 公用经费 = 基本支出；各资金来源之和 = 全部资金来源支出。",
                    "行号与表格行号一致（表头为第 1 行），错误按行、字段、代码列出。"};
            for (int i = 0; i < notes.length; i++) {
                help.createRow(i).createCell(0).setCellValue(notes[i]);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the XLSX template", e);
        }
    }
}
