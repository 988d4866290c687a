package org.jixiao.budget.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BudgetRowValidatorTest {

    private static final String GAOZHUANG = "410404001";
    private static final String BAOXIE = "420116002";
    private static final Set<String> KNOWN_UNITS = Set.of(GAOZHUANG, BAOXIE, "620201001", "410105001", "110101001");
    private static final int MIN_YEAR = 2015;
    private static final int MAX_YEAR = 2026;

    /** Seed 001 as a push row: 决算支出 667.92 = 基本支出 471.17 + 项目支出 196.75 万元. */
    private static BudgetRow.Builder seed001() {
        return BudgetRow.builder(1).unitCode(GAOZHUANG).fiscalYear(2023).amountUnit(AmountUnit.TEN_THOUSAND_YUAN)
                .initialBudget("552.45").adjustedBudget("552.45").actualExpenditure("667.92")
                .basicExpenditure("471.17").projectExpenditure("196.75");
    }

    private static RowValidationResult validate(BudgetRow... rows) {
        return BudgetRowValidator.validate(List.of(rows), KNOWN_UNITS::contains, MIN_YEAR, MAX_YEAR);
    }

    private static List<String> codes(RowValidationResult result) {
        return result.conflicts().stream().map(RowConflict::code).toList();
    }

    @Test
    void seed001RowIsValidAndFeedsTheMetrics() {
        RowValidationResult result = validate(seed001()
                .fundSource(FundSource.GENERAL_APPROPRIATION, "667.92").fundSource(FundSource.UNIT_OWN, "326.15")
                .build());
        assertEquals(List.of(), result.conflicts());
        ParsedBudgetRow row = result.validRows().get(0);
        assertEquals(GAOZHUANG, row.unitCode());
        assertEquals(2023, row.fiscalYear());
        assertEquals(new BigDecimal("5524500.00"), row.figures().initialBudget());
        assertEquals(new BigDecimal("4711700.00"), row.basicExpenditure());
        assertEquals(new BigDecimal("9940700.00"), row.figures().allSourceExpenditure());
        assertEquals(new BigDecimal("3261500.00"), row.fundSourceExpenditure().get(FundSource.UNIT_OWN));
        Metric execution = FiscalMetrics.compute(row.figures()).get(0);
        assertEquals(new BigDecimal("120.90"), execution.value());
        assertTrue(FiscalMetrics.finalAccountsIncomplete(row.figures()));
    }

    @Test
    void seed004BreakdownAddsUp() {
        RowValidationResult result = validate(BudgetRow.builder(7).unitCode(BAOXIE).fiscalYear(2022)
                .amountUnit(AmountUnit.TEN_THOUSAND_YUAN).initialBudget("13,786.00").adjustedBudget("13,581.29")
                .actualExpenditure("13,581.29").basicExpenditure("4763.51").projectExpenditure("8817.78").build());
        assertEquals(List.of(), result.conflicts());
        assertEquals(new BigDecimal("100.00"), FiscalMetrics.compute(result.validRows().get(0).figures()).get(0).value());
    }

    @Test
    void seed003ProjectStatedAsTheWholeTotalIsFlagged() {
        RowValidationResult result = validate(BudgetRow.builder(3).unitCode("110101001").fiscalYear(2023)
                .amountUnit(AmountUnit.TEN_THOUSAND_YUAN).initialBudget("31385.997668")
                .actualExpenditure("31385.997668").basicExpenditure("4961.098592")
                .projectExpenditure("31385.997668").build());
        assertEquals(List.of(RowConflict.BASIC_PLUS_PROJECT_NOT_TOTAL), codes(result));
        RowConflict conflict = result.conflicts().get(0);
        assertEquals(3, conflict.row());
        assertEquals("actualExpenditure", conflict.field());
        assertTrue(conflict.message().contains("363470962.60 元 ≠ 实际支出 actualExpenditure 313859976.68 元"), conflict.message());
        assertEquals(List.of(), result.validRows());
    }

    /** One failing and one passing variant of the seed 001 row per code. */
    static Stream<Arguments> everyCode() {
        return Stream.of(
                codeCase(RowConflict.NEGATIVE_AMOUNT, "carryOver", b -> b.carryOver("-1"), b -> b.carryOver("1")),
                codeCase(RowConflict.TOO_MANY_DECIMALS, "initialBudget", b -> b.initialBudget("552.4500001"),
                        b -> b.initialBudget("552.450001")),
                codeCase(RowConflict.NOT_NUMERIC, "fundsReceived", b -> b.fundsReceived("五百"),
                        b -> b.fundsReceived("500")),
                codeCase(RowConflict.TOO_LARGE, "threePublicBudget", b -> b.threePublicBudget("100000000001"),
                        b -> b.threePublicBudget("100000000000")),
                codeCase(RowConflict.UNIT_MISMATCH, "procurementBudget", b -> b.procurementBudget("12元"),
                        b -> b.procurementBudget("12万元")),
                codeCase(RowConflict.BASIC_PLUS_PROJECT_NOT_TOTAL, "actualExpenditure",
                        b -> b.projectExpenditure("196.74"), b -> b.projectExpenditure("196.750000")),
                codeCase(RowConflict.PERSONNEL_PLUS_OPERATING_NOT_BASIC, "basicExpenditure",
                        b -> b.personnelExpenditure("400").operatingExpenditure("71"),
                        b -> b.personnelExpenditure("400").operatingExpenditure("71.17")),
                codeCase(RowConflict.FUND_SOURCES_NOT_TOTAL, "allSourceExpenditure",
                        b -> b.fundSource(FundSource.GENERAL_APPROPRIATION, "667.92")
                                .fundSource(FundSource.UNIT_OWN, "326.15").allSourceExpenditure("994.00"),
                        b -> b.fundSource(FundSource.GENERAL_APPROPRIATION, "667.92")
                                .fundSource(FundSource.UNIT_OWN, "326.15").allSourceExpenditure("994.07")),
                codeCase(RowConflict.ADJUSTED_WITHOUT_INITIAL, "initialBudget", b -> b.initialBudget(" "),
                        b -> b.initialBudget("552.45")),
                codeCase(RowConflict.UNKNOWN_UNIT, "unitCode", b -> b.unitCode("999999999"),
                        b -> b.unitCode(" " + GAOZHUANG + " ")),
                codeCase(RowConflict.FISCAL_YEAR_OUT_OF_RANGE, "fiscalYear", b -> b.fiscalYear(MIN_YEAR - 1),
                        b -> b.fiscalYear(MIN_YEAR)),
                codeCase(RowConflict.FISCAL_YEAR_OUT_OF_RANGE, "fiscalYear", b -> b.fiscalYear(MAX_YEAR + 1),
                        b -> b.fiscalYear(MAX_YEAR)),
                codeCase(RowConflict.MISSING_FIELD, "unitCode", b -> b.unitCode("\u3000"), b -> b),
                codeCase(RowConflict.MISSING_FIELD, "fiscalYear", b -> b.fiscalYear(null), b -> b),
                codeCase(RowConflict.MISSING_FIELD, "initialBudget", b -> b.initialBudget(null).adjustedBudget(null),
                        b -> b.adjustedBudget(null)),
                codeCase(RowConflict.MISSING_UNIT, "amountUnit", b -> b.amountUnit(null),
                        b -> b.amountUnit(AmountUnit.TEN_THOUSAND_YUAN)),
                codeCase(RowConflict.NEGATIVE_COUNT, "staffInPost", b -> b.authorisedPosts(40).staffInPost(-1),
                        b -> b.authorisedPosts(40).staffInPost(0)));
    }

    private static Arguments codeCase(String code, String field, UnaryOperator<BudgetRow.Builder> failing,
                                      UnaryOperator<BudgetRow.Builder> passing) {
        return Arguments.of(code, field, failing, passing);
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("everyCode")
    void everyCodeHasAFailingAndAPassingRow(String code, String field, UnaryOperator<BudgetRow.Builder> failing,
                                            UnaryOperator<BudgetRow.Builder> passing) {
        RowValidationResult bad = validate(failing.apply(seed001()).build());
        assertEquals(List.of(code), codes(bad));
        assertEquals(field, bad.conflicts().get(0).field());
        assertEquals(List.of(), bad.validRows());

        RowValidationResult good = validate(passing.apply(seed001()).build());
        assertEquals(List.of(), good.conflicts());
        assertEquals(1, good.validRows().size());
    }

    @Test
    void duplicateUnitAndYearInOnePayloadIsFlaggedOnTheLaterRow() {
        BudgetRow first = seed001().build();
        BudgetRow again = BudgetRow.builder(2).unitCode(GAOZHUANG).fiscalYear(2023)
                .amountUnit(AmountUnit.YUAN).initialBudget("1").build();
        BudgetRow otherYear = BudgetRow.builder(3).unitCode(GAOZHUANG).fiscalYear(2022)
                .amountUnit(AmountUnit.YUAN).initialBudget("1").build();
        RowValidationResult result = validate(first, again, otherYear);
        assertEquals(List.of(RowConflict.DUPLICATE_ROW), codes(result));
        RowConflict duplicate = result.conflicts().get(0);
        assertEquals(2, duplicate.row());
        assertEquals(BudgetRowValidator.ROW, duplicate.field());
        assertTrue(duplicate.message().contains("第 1 行"), duplicate.message());
        assertEquals(List.of(1, 3), result.validRows().stream().map(ParsedBudgetRow::rowNumber).toList());
    }

    @Test
    void reportsEveryProblemOfARowNotJustTheFirst() {
        RowValidationResult result = validate(BudgetRow.builder(9).unitCode("nope").fiscalYear(1990)
                .amountUnit(AmountUnit.YUAN).initialBudget("-5").actualExpenditure("1.234").carryOver("x").build());
        assertEquals(List.of(RowConflict.UNKNOWN_UNIT, RowConflict.FISCAL_YEAR_OUT_OF_RANGE,
                RowConflict.NEGATIVE_AMOUNT, RowConflict.TOO_MANY_DECIMALS, RowConflict.NOT_NUMERIC), codes(result));
        assertTrue(result.conflicts().stream().allMatch(c -> c.row() == 9));
    }

    @Test
    void optionalBlankAmountsAreNotReportedAndStayNull() {
        RowValidationResult result = validate(seed001().carryOver("").fundsReceived("  ").build());
        assertEquals(List.of(), result.conflicts());
        assertEquals(null, result.validRows().get(0).figures().carryOver());
    }

    @Test
    void streamingCheckKeepsDuplicateStateAcrossCalls() {
        BudgetRowValidator validator = new BudgetRowValidator(KNOWN_UNITS::contains, MIN_YEAR, MAX_YEAR);
        List<RowConflict> conflicts = new ArrayList<>();
        Optional<ParsedBudgetRow> first = validator.check(seed001().build(), conflicts::add);
        Optional<ParsedBudgetRow> second = validator.check(seed001().build(), conflicts::add);
        assertTrue(first.isPresent());
        assertFalse(second.isPresent());
        assertEquals(RowConflict.DUPLICATE_ROW, conflicts.get(0).code());
    }

    @Test
    void refusesAnInvertedYearRange() {
        assertThrows(IllegalArgumentException.class, () -> new BudgetRowValidator(code -> true, 2026, 2015));
    }

    /** Hostile and careless input in a required amount field (initialBudget, 元 unless stated). */
    static Stream<Arguments> badInputCorpus() {
        AmountUnit yuan = AmountUnit.YUAN;
        AmountUnit wan = AmountUnit.TEN_THOUSAND_YUAN;
        String notNumeric = RowConflict.NOT_NUMERIC;
        return Stream.of(
                // blanks
                Arguments.of("", yuan, RowConflict.MISSING_FIELD),
                Arguments.of("   ", yuan, RowConflict.MISSING_FIELD),
                Arguments.of("\u3000\u3000", yuan, RowConflict.MISSING_FIELD),
                Arguments.of("\t\n", yuan, RowConflict.MISSING_FIELD),
                Arguments.of("\u00A0", yuan, RowConflict.MISSING_FIELD),
                // injection attempts
                Arguments.of("1; DROP TABLE budget;--", yuan, notNumeric),
                Arguments.of("' OR '1'='1", yuan, notNumeric),
                Arguments.of("0 OR 1=1", yuan, notNumeric),
                Arguments.of("1)); DELETE FROM unit; --", yuan, notNumeric),
                Arguments.of("<script>alert(1)</script>", yuan, notNumeric),
                Arguments.of("100<script>", yuan, notNumeric),
                Arguments.of("<img src=x onerror=alert(1)>", yuan, notNumeric),
                Arguments.of("${jndi:ldap://x/a}", yuan, notNumeric),
                Arguments.of("{{7*7}}", yuan, notNumeric),
                Arguments.of("../../etc/passwd", yuan, notNumeric),
                Arguments.of("1\u0000", yuan, notNumeric),
                Arguments.of("12\u200B3", yuan, notNumeric),
                // not numbers
                Arguments.of("abc", yuan, notNumeric),
                Arguments.of("12a", yuan, notNumeric),
                Arguments.of("null", yuan, notNumeric),
                Arguments.of("undefined", yuan, notNumeric),
                Arguments.of("NaN", yuan, notNumeric),
                Arguments.of("-Infinity", yuan, notNumeric),
                Arguments.of("1e3", yuan, notNumeric),
                Arguments.of("1E-2", yuan, notNumeric),
                Arguments.of("0x10", yuan, notNumeric),
                Arguments.of("五百万", yuan, notNumeric),
                Arguments.of("—", yuan, notNumeric),
                Arguments.of("/", yuan, notNumeric),
                Arguments.of("1,2,3", yuan, notNumeric),
                Arguments.of("1,23", yuan, notNumeric),
                Arguments.of("12,3456.00", yuan, notNumeric),
                Arguments.of("1.2.3", yuan, notNumeric),
                Arguments.of("1 000", yuan, notNumeric),
                Arguments.of("１２ａ", yuan, notNumeric),
                Arguments.of("１２。５", yuan, notNumeric),
                Arguments.of("12%", yuan, notNumeric),
                Arguments.of("￥100", yuan, notNumeric),
                Arguments.of("100.00亿元", wan, notNumeric),
                Arguments.of("++1", yuan, notNumeric),
                // negative
                Arguments.of("-1", yuan, RowConflict.NEGATIVE_AMOUNT),
                Arguments.of("－１", yuan, RowConflict.NEGATIVE_AMOUNT),
                Arguments.of("−552.45", wan, RowConflict.NEGATIVE_AMOUNT),
                Arguments.of("-0.000001", wan, RowConflict.NEGATIVE_AMOUNT),
                // decimals
                Arguments.of("0.001", yuan, RowConflict.TOO_MANY_DECIMALS),
                Arguments.of("１２．３４５", yuan, RowConflict.TOO_MANY_DECIMALS),
                Arguments.of("31385.9976681", wan, RowConflict.TOO_MANY_DECIMALS),
                Arguments.of("0." + "0".repeat(500) + "1", yuan, RowConflict.TOO_MANY_DECIMALS),
                // huge
                Arguments.of("1000000000000000.01", yuan, RowConflict.TOO_LARGE),
                Arguments.of("9".repeat(10_000), yuan, RowConflict.TOO_LARGE),
                Arguments.of("999999999999999999999999999999", wan, RowConflict.TOO_LARGE),
                Arguments.of("100,000,000,001", wan, RowConflict.TOO_LARGE),
                Arguments.of("９９９９９９９９９９９９９９９９９", yuan, RowConflict.TOO_LARGE),
                // unit contradictions
                Arguments.of("552.45万元", yuan, RowConflict.UNIT_MISMATCH),
                Arguments.of("5524500元", wan, RowConflict.UNIT_MISMATCH));
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @MethodSource("badInputCorpus")
    void badInputCorpusYieldsTheRightCode(String text, AmountUnit unit, String expectedCode) {
        RowValidationResult result = validate(BudgetRow.builder(42).unitCode(GAOZHUANG).fiscalYear(2023)
                .amountUnit(unit).initialBudget(text).build());
        assertEquals(List.of(expectedCode), codes(result));
        RowConflict conflict = result.conflicts().get(0);
        assertEquals("initialBudget", conflict.field());
        assertEquals(42, conflict.row());
        assertTrue(conflict.message().length() < 200, "message echoes too much input");
        assertEquals(List.of(), result.validRows());
    }

    @Test
    void corpusHoldsAtLeastFiftyBadInputs() {
        assertTrue(badInputCorpus().count() >= 50);
    }

    @Test
    void hundredThousandRowsValidateWellWithinTheBenchmarkBudget() {
        int rows = 100_000;
        List<BudgetRow> payload = new ArrayList<>(rows);
        int expectedBad = 0;
        for (int i = 1; i <= rows; i++) {
            BudgetRow.Builder row = BudgetRow.builder(i).unitCode(String.format("41%07d", i)).fiscalYear(2023)
                    .amountUnit(AmountUnit.YUAN).initialBudget("1,234,567.89").adjustedBudget("1234567.89")
                    .fundsReceived("1234567.89").actualExpenditure("1200000.00").carryOver("34567.89")
                    .basicExpenditure("800000").personnelExpenditure("600000").operatingExpenditure("200000")
                    .projectExpenditure("400000").threePublicBudget("20000").threePublicActual("18000.5")
                    .procurementBudget("300000").procurementActual("280000")
                    .fundSource(FundSource.GENERAL_APPROPRIATION, "1000000")
                    .fundSource(FundSource.UNIT_OWN, "200000").authorisedPosts(40).staffInPost(38);
            if (i % 10 == 0) {
                row.carryOver("12a");
                expectedBad++;
            }
            payload.add(row.build());
        }
        long started = System.nanoTime();
        RowValidationResult result = BudgetRowValidator.validate(payload, code -> code.startsWith("41"), 2015, 2026);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(expectedBad, result.conflicts().size());
        assertEquals(rows - expectedBad, result.validRows().size());
        assertTrue(millis < 5_000, "100,000 rows took " + millis + " ms");
    }
}
