package org.jixiao.budget.service.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.budget.domain.AmountUnit;
import org.jixiao.budget.domain.FundSource;
import org.jixiao.budget.domain.RowConflict;
import org.jixiao.commons.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxBudgetRowReaderTest {

    @TempDir
    Path dir;

    private Path workbook(XSSFWorkbook workbook) throws IOException {
        Path file = Files.createTempFile(dir, "book", ".xlsx");
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    private static List<RawRow> readAll(Path file) throws IOException {
        try (XlsxBudgetRowReader reader = XlsxBudgetRowReader.open(file)) {
            List<RawRow> rows = new ArrayList<>();
            RawRow row;
            while ((row = reader.next()) != null) {
                rows.add(row);
            }
            return rows;
        }
    }

    @Test
    void textAndNumberCellsBecomeTheRowFieldsWithSpreadsheetRowNumbers() throws IOException {
        XSSFWorkbook book = new XSSFWorkbook();
        Sheet sheet = book.createSheet("budgets");
        Row header = sheet.createRow(0);
        String[] names = {"unitCode", "fiscalYear", "amountUnit", "initialBudget", "fundSourceExpenditure.单位资金",
                "staffInPost"};
        for (int i = 0; i < names.length; i++) {
            header.createCell(i).setCellValue(names[i]);
        }
        Row first = sheet.createRow(1);
        first.createCell(0).setCellValue("007");
        first.createCell(1).setCellValue(2023);
        first.createCell(2).setCellValue("万元");
        first.createCell(3).setCellValue(31385.997668);
        first.createCell(4).setCellValue("１２３．４５");
        first.createCell(5).setCellValue(44);
        // row 3 left empty; row 4 has a blank fund source
        Row third = sheet.createRow(3);
        third.createCell(0).setCellValue("U2");
        third.createCell(1).setCellValue("2024");
        third.createCell(2).setCellValue("元");
        third.createCell(3).setCellValue(0.1 + 0.2);
        third.createCell(4).setCellValue("  ");
        List<RawRow> rows = readAll(workbook(book));

        assertEquals(2, rows.size());
        RawRow a = rows.get(0);
        assertEquals(2, a.rowNumber());
        assertEquals("007", a.row().unitCode(), "a text cell keeps its leading zeros");
        assertEquals(2023, a.row().fiscalYear());
        assertEquals(AmountUnit.TEN_THOUSAND_YUAN, a.row().amountUnit());
        assertEquals("31385.997668", a.row().initialBudget());
        assertEquals("１２３．４５", a.row().fundSourceExpenditure().get(FundSource.UNIT_OWN));
        assertEquals(44, a.row().staffInPost());
        assertTrue(a.readConflicts().isEmpty());
        RawRow b = rows.get(1);
        assertEquals(4, b.rowNumber(), "the empty row 3 is skipped but counted");
        assertEquals(2024, b.row().fiscalYear());
        assertEquals("0.3", b.row().initialBudget(), "0.30000000000000004 is shown as 0.3");
        assertNull(b.row().fundSourceExpenditure().get(FundSource.UNIT_OWN));
    }

    @Test
    void aCellWithoutAHeaderIsARowConflict() throws IOException {
        XSSFWorkbook book = new XSSFWorkbook();
        Sheet sheet = book.createSheet();
        sheet.createRow(0).createCell(0).setCellValue("unitCode");
        Row row = sheet.createRow(1);
        row.createCell(0).setCellValue("U1");
        row.createCell(2).setCellValue("surprise");
        List<RawRow> rows = readAll(workbook(book));
        assertEquals(1, rows.size());
        assertEquals("C", rows.get(0).readConflicts().get(0).field());
        assertEquals(RowConflict.UNKNOWN_FIELD, rows.get(0).readConflicts().get(0).code());
    }

    @Test
    void aBadHeaderOrAFileThatIsNoWorkbookIsOneProblemNamingTheBody() throws IOException {
        XSSFWorkbook unknownColumn = new XSSFWorkbook();
        unknownColumn.createSheet().createRow(0).createCell(0).setCellValue("name");
        XSSFWorkbook twice = new XSSFWorkbook();
        Row header = twice.createSheet().createRow(0);
        header.createCell(0).setCellValue("unitCode");
        header.createCell(3).setCellValue("unitCode");
        XSSFWorkbook empty = new XSSFWorkbook();
        empty.createSheet();
        Path notAZip = Files.writeString(dir.resolve("x.xlsx"), "unitCode,fiscalYear\n", StandardCharsets.UTF_8);
        for (Path file : List.of(workbook(unknownColumn), workbook(twice), workbook(empty), notAZip)) {
            ProblemException problem = assertThrows(ProblemException.class, () -> readAll(file), file.toString());
            assertEquals(400, problem.status());
            assertEquals("body", problem.errors().get(0).field());
            assertEquals(XlsxBudgetRowReader.MALFORMED, problem.errors().get(0).code());
        }
    }

    @Test
    void aStreamedSheetOfManyRowsIsReadRowByRow() throws IOException {
        Path file = dir.resolve("big.xlsx");
        try (SXSSFWorkbook book = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet();
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("unitCode");
            header.createCell(1).setCellValue("fiscalYear");
            for (int i = 1; i <= 20_000; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("U" + i);
                row.createCell(1).setCellValue(2000 + i % 100);
            }
            book.write(out);
        }
        List<RawRow> rows = readAll(file);
        assertEquals(20_000, rows.size());
        assertEquals(20_001, rows.get(19_999).rowNumber());
        assertEquals("U20000", rows.get(19_999).row().unitCode());
    }

    @Test
    void theTemplateIsReadBackAsItsHeaderAndExampleRow() throws IOException {
        Path file = Files.write(dir.resolve("template.xlsx"), BudgetXlsxTemplate.bytes());
        List<RawRow> rows = readAll(file);
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).readConflicts().isEmpty());
        assertEquals("620201001", rows.get(0).row().unitCode());
        assertEquals("520", rows.get(0).row().initialBudget());
        assertEquals("80", rows.get(0).row().fundSourceExpenditure().get(FundSource.UNIT_OWN));
    }

    /** Law: a decimal of at most 15 significant digits survives being stored as a double, whatever digits Excel writes. */
    @Test
    void aNumberCellIsReadAsTheDecimalThatWasTyped() {
        Random random = new Random(1);
        for (int i = 0; i < 1_000; i++) {
            BigDecimal typed = BigDecimal.valueOf(random.nextLong(1_000_000_000_000L), random.nextInt(7));
            double stored = typed.doubleValue();
            String seventeenDigits = new BigDecimal(stored).round(new MathContext(17, RoundingMode.HALF_EVEN))
                    .toString();
            String read = XlsxBudgetRowReader.number(seventeenDigits);
            assertEquals(0, new BigDecimal(read).compareTo(typed), typed + " stored as " + seventeenDigits);
            assertTrue(!read.contains("E"), read);
            assertEquals(0, new BigDecimal(XlsxBudgetRowReader.number(Double.toString(stored))).compareTo(typed));
        }
        assertEquals("667.92", XlsxBudgetRowReader.number("667.91999999999996"));
        assertEquals("100000000000000000000", XlsxBudgetRowReader.number("1E+20"));
        assertEquals("2023", XlsxBudgetRowReader.number("2023"));
        assertEquals("abc", XlsxBudgetRowReader.number("abc"));
    }

    /** Law: column names and indexes convert both ways, A … XFD. */
    @Test
    void columnNamesAndIndexesRoundTrip() {
        for (int column = 0; column < 16_384; column++) {
            assertEquals(column, XlsxBudgetRowReader.columnIndex(XlsxBudgetRowReader.columnName(column) + "7"));
        }
        assertEquals("A", XlsxBudgetRowReader.columnName(0));
        assertEquals("AB", XlsxBudgetRowReader.columnName(27));
        assertEquals("XFD", XlsxBudgetRowReader.columnName(16_383));
    }
}
