package org.jixiao.budget.service.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jixiao.budget.domain.AmountUnit;
import org.jixiao.budget.domain.FundSource;
import org.jixiao.budget.domain.RowConflict;
import org.jixiao.commons.problem.ProblemException;
import org.junit.jupiter.api.Test;

class JsonBudgetRowReaderTest {

    private static List<RawRow> readAll(String json) throws IOException {
        JsonBudgetRowReader reader = new JsonBudgetRowReader(new JsonFactory().createParser(json));
        List<RawRow> rows = new ArrayList<>();
        RawRow row;
        while ((row = reader.next()) != null) {
            rows.add(row);
        }
        return rows;
    }

    @Test
    void numbersKeepTheirLiteralTextAndLabelsAreAccepted() throws IOException {
        List<RawRow> rows = readAll("""
                {"rows":[{"unitCode":620201001,"fiscalYear":"２０２３","amountUnit":"万元","initialBudget":31385.997668,
                  "fundSourceExpenditure":{"财政拨款":"1","UNIT_OWN":2.50}}]}""");
        assertEquals(1, rows.size());
        RawRow raw = rows.get(0);
        assertEquals(List.of(), raw.readConflicts());
        assertEquals("620201001", raw.row().unitCode());
        assertEquals(2023, raw.row().fiscalYear());
        assertEquals(AmountUnit.TEN_THOUSAND_YUAN, raw.row().amountUnit());
        assertEquals("31385.997668", raw.row().initialBudget());
        assertEquals("1", raw.row().fundSourceExpenditure().get(FundSource.GENERAL_APPROPRIATION));
        assertEquals("2.50", raw.row().fundSourceExpenditure().get(FundSource.UNIT_OWN));
    }

    @Test
    void shapeProblemsAreRowConflictsAndReadingGoesOn() throws IOException {
        List<RawRow> rows = readAll("""
                [{"unitCode":{"a":[1,2]},"initialBudget":true,"fiscalYear":2023.0,"extra":[{}],"amountUnit":"YUAN",
                  "amountUnit":"YUAN"}, 7, {"unitCode":"B","fiscalYear":1}]""");
        assertEquals(3, rows.size());
        List<String> codes = rows.get(0).readConflicts().stream().map(c -> c.field() + ":" + c.code()).toList();
        assertEquals(List.of("unitCode:WRONG_TYPE", "initialBudget:WRONG_TYPE", "fiscalYear:NOT_AN_INTEGER",
                "extra:UNKNOWN_FIELD", "amountUnit:DUPLICATE_FIELD"), codes);
        assertNull(rows.get(1).row());
        assertEquals(RowConflict.WRONG_TYPE, rows.get(1).readConflicts().get(0).code());
        assertEquals(3, rows.get(2).rowNumber());
        assertEquals("B", rows.get(2).row().unitCode());
    }

    @Test
    void anUnreadableBodyIsOneProblemNamingTheBody() {
        for (String body : List.of("", "{}", "[1,", "[] []", "{\"rows\":[],\"x\":1}", "[{\"a\" 1}]", "true")) {
            ProblemException e = assertThrows(ProblemException.class, () -> readAll(body), body);
            assertEquals("body", e.errors().get(0).field(), body);
            assertEquals(JsonBudgetRowReader.MALFORMED, e.errors().get(0).code());
        }
    }

    /** Property: any list of random rows reads back with the same count, numbers and the same text. */
    @Test
    void randomRowsReadBackUnchanged() throws IOException {
        Random random = new Random(1);
        for (int round = 0; round < 200; round++) {
            int n = random.nextInt(20);
            StringBuilder json = new StringBuilder("[");
            List<String> amounts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String amount = random.nextInt(1_000_000) + "." + String.format("%02d", random.nextInt(100));
                amounts.add(amount);
                boolean asNumber = random.nextBoolean();
                json.append(i == 0 ? "" : ",").append("{\"unitCode\":\"U").append(i).append("\",\"initialBudget\":")
                        .append(asNumber ? amount : "\"" + amount + "\"").append('}');
            }
            List<RawRow> rows = readAll(json.append(']').toString());
            assertEquals(n, rows.size());
            for (int i = 0; i < n; i++) {
                assertEquals(i + 1, rows.get(i).rowNumber());
                assertEquals(amounts.get(i), rows.get(i).row().initialBudget());
                assertTrue(rows.get(i).readConflicts().isEmpty());
            }
        }
    }

    @Test
    void detailListsAreReadInTheSubResourceShapesWithAmountsAsWritten() throws IOException {
        RawRow raw = readAll("""
                {"rows":[{"unitCode":"U1","fiscalYear":2023,"amountUnit":"YUAN","initialBudget":"100",
                  "projects":[{"projectCode":"P-1","projectName":"秸秆禁烧经费","fundSource":"财政拨款",
                               "initialBudget":"10.50","actualExpenditure":10.5,"functionalCode":"2130126"}],
                  "threePublicExpenses":[{"item":"OFFICIAL_RECEPTION","budget":"3","actual":"2.99"}],
                  "specialFunds":[{"code":"ZX-1","name":"乡村振兴专项资金","totalAmount":"200","detailedAmount":"96"}],
                  "monthlyExecution":[{"month":9,"cumulativeActual":"75.00"}]}]}""").get(0);
        assertEquals(List.of(), raw.readConflicts());
        RowDetails details = raw.details();
        assertEquals(1, details.projects().size());
        assertEquals("P-1", details.projects().get(0).projectCode());
        assertEquals(FundSource.GENERAL_APPROPRIATION, details.projects().get(0).fundSource());
        assertEquals("10.5", details.projects().get(0).actualExpenditure(), "a number keeps its literal text");
        assertEquals("2130126", details.projects().get(0).functionalCode());
        assertEquals("2.99", details.threePublicExpenses().get(0).actual());
        assertEquals("96", details.specialFunds().get(0).detailedAmount());
        assertEquals(0, BigDecimal.valueOf(9).compareTo(details.monthlyExecution().get(0).month()));
    }

    @Test
    void anAbsentOrNullListLeavesTheStoredOneAndAnEmptyListReplacesIt() throws IOException {
        List<RawRow> rows = readAll("""
                {"rows":[{"unitCode":"U1","fiscalYear":2023,"amountUnit":"YUAN","initialBudget":"1"},
                         {"unitCode":"U2","fiscalYear":2023,"amountUnit":"YUAN","initialBudget":"1","projects":null},
                         {"unitCode":"U3","fiscalYear":2023,"amountUnit":"YUAN","initialBudget":"1","projects":[]}]}""");
        assertNull(rows.get(0).details(), "no lists: the row is read as before");
        assertNull(rows.get(1).details(), "a null list is as if it were absent");
        assertEquals(List.of(), rows.get(2).details().projects());
        assertNull(rows.get(2).details().specialFunds(), "the lists it did not carry stay untouched");
    }

    @Test
    void listShapeProblemsAreRowConflictsWithTheirPaths() throws IOException {
        RawRow raw = readAll("""
                {"rows":[{"unitCode":"U1","fiscalYear":2023,"amountUnit":"YUAN","initialBudget":"1",
                  "specialFunds":"all of them",
                  "projects":[7,{"projectCode":"P-1","projectName":"x","colour":"red","projectCode":"P-2"}]}]}""")
                .get(0);
        List<String> found = raw.readConflicts().stream().map(c -> c.field() + " " + c.code()).toList();
        assertTrue(found.contains("specialFunds " + RowConflict.WRONG_TYPE), found.toString());
        assertTrue(found.contains("projects[0] " + RowConflict.WRONG_TYPE), found.toString());
        assertTrue(found.contains("projects[1].colour " + RowConflict.UNKNOWN_FIELD), found.toString());
        assertTrue(found.contains("projects[1].projectCode " + RowConflict.DUPLICATE_FIELD), found.toString());
    }
}
