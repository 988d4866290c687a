package org.jixiao.budget.service.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.budget.domain.AmountUnit;
import org.jixiao.budget.domain.FundSource;
import org.jixiao.budget.domain.RowConflict;
import org.jixiao.commons.problem.ProblemException;
import org.junit.jupiter.api.Test;

class CsvBudgetRowReaderTest {

    private static List<RawRow> readAll(String csv) throws IOException {
        CsvBudgetRowReader reader = new CsvBudgetRowReader(new StringReader(csv));
        List<RawRow> rows = new ArrayList<>();
        RawRow row;
        while ((row = reader.next()) != null) {
            rows.add(row);
        }
        return rows;
    }

    @Test
    void quotedCellsBomCrlfAndBlankLinesAreHandled() throws IOException {
        List<RawRow> rows = readAll("\uFEFFunitCode,fiscalYear,amountUnit,initialBudget,fundSourceExpenditure.单位资金\r\n"
                + "U1,2023,元,\"1,234.50\",\"1\"\"\"\r\n\r\n"
                + "\"U\n2\",2024,TEN_THOUSAND_YUAN,,\n");
        assertEquals(2, rows.size());
        RawRow first = rows.get(0);
        assertEquals(2, first.rowNumber());
        assertEquals("U1", first.row().unitCode());
        assertEquals(AmountUnit.YUAN, first.row().amountUnit());
        assertEquals("1,234.50", first.row().initialBudget());
        assertEquals("1\"", first.row().fundSourceExpenditure().get(FundSource.UNIT_OWN));
        RawRow second = rows.get(1);
        assertEquals(4, second.rowNumber(), "blank line 3 is skipped but counted");
        assertEquals("U\n2", second.row().unitCode());
        assertNull(second.row().initialBudget());
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsARowConflict() throws IOException {
        List<RawRow> rows = readAll("unitCode,fiscalYear\nU1\nU2,2023,x\nU3,20x3\n");
        assertEquals(RowConflict.WRONG_COLUMN_COUNT, rows.get(0).readConflicts().get(0).code());
        assertEquals(RowConflict.WRONG_COLUMN_COUNT, rows.get(1).readConflicts().get(0).code());
        assertEquals("fiscalYear", rows.get(2).readConflicts().get(0).field());
        assertEquals(RowConflict.NOT_AN_INTEGER, rows.get(2).readConflicts().get(0).code());
        assertTrue(rows.stream().allMatch(r -> r.rowNumber() > 1));
    }

    @Test
    void aBadHeaderOrAnOpenQuoteIsOneProblemNamingTheBody() {
        for (String csv : List.of("", "unitCode,name\n", "unitCode,unitCode\n", "unitCode\n\"U1\n",
                "unitCode\nU\"1\n")) {
            ProblemException e = assertThrows(ProblemException.class, () -> readAll(csv), csv);
            assertEquals("body", e.errors().get(0).field());
            assertEquals(CsvBudgetRowReader.MALFORMED, e.errors().get(0).code());
        }
    }

    @Test
    void theTemplateHeaderIsReadable() throws IOException {
        String template = BudgetCsvTemplate.text();
        List<RawRow> rows = readAll(template);
        assertEquals(1, rows.size());
        assertEquals(List.of(), rows.get(0).readConflicts());
        assertEquals(BudgetCsvTemplate.columns().size(), template.lines().findFirst().orElseThrow().split(",").length);
    }
}
