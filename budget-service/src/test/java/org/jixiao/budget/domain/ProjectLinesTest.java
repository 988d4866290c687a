package org.jixiao.budget.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectLinesTest {
    private static final AmountUnit WAN = AmountUnit.TEN_THOUSAND_YUAN;

    private static ProjectLines.Input line(String code, String initial, String adjusted, String actual) {
        return new ProjectLines.Input(code, "项目" + code, null, initial, adjusted, actual, null, null);
    }

    private static ProjectLines.Input withCodes(String functional, String economic) {
        return new ProjectLines.Input("P1", "项目", FundSource.GENERAL_APPROPRIATION, "1", null, "1", functional,
                economic);
    }

    /** Seed 001: 项目支出 196.75 万元. The split over three of its named projects is illustrative. */
    private static List<ProjectLines.Input> seed001() {
        return List.of(
                new ProjectLines.Input("410402-2023-001", "秸秆禁烧经费", FundSource.GENERAL_APPROPRIATION, "30", null,
                        "36.5", "2130599", "30227"),
                new ProjectLines.Input("410402-2023-002", "综合治理工作经费", null, "40", "45", "45", "20406", "302"),
                new ProjectLines.Input("410402-2023-003", "武装工作经费", FundSource.UNIT_OWN, "100", "115.25", "115.25",
                        "203", null));
    }

    private static List<String> codes(Validated<?> v) {
        return v.errors().stream().map(DetailIssue::code).toList();
    }

    private static List<String> fields(Validated<?> v) {
        return v.errors().stream().map(DetailIssue::field).toList();
    }

    @Test
    void seed001ProjectsAddUpToItsProjectExpenditureIn元() {
        Validated<List<ProjectLine>> v = ProjectLines.validate(seed001(), WAN);
        assertTrue(v.isValid(), () -> v.errors().toString());
        List<ProjectLine> lines = v.value();
        assertEquals(List.of("410402-2023-001", "410402-2023-002", "410402-2023-003"),
                lines.stream().map(ProjectLine::projectCode).toList(), "request order is kept");
        assertEquals(new BigDecimal("365000.00"), lines.get(0).actualExpenditure());
        assertNull(lines.get(0).adjustedBudget());
        assertEquals(new BigDecimal("300000.00"), lines.get(0).budgetInForce(), "not adjusted: the initial budget");
        assertEquals(new BigDecimal("121.67"), lines.get(0).executionRate());
        assertEquals(new BigDecimal("100.00"), lines.get(1).executionRate());
        assertEquals("2130599", lines.get(0).functionalCode());
        assertEquals("30227", lines.get(0).economicCode());

        ProjectLines.Totals totals = ProjectLines.totals(lines);
        assertEquals(new BigDecimal("1700000.00"), totals.initialBudget());
        assertEquals(new BigDecimal("1902500.00"), totals.budgetInForce());
        assertEquals(new BigDecimal("1967500.00"), totals.actualExpenditure());
        assertEquals(List.of(), ProjectLines.consistency(lines, new BigDecimal("1967500.00")));
    }

    @Test
    void actualsThatMissTheProjectExpenditureAreAWarningNamingBothFigures() {
        List<ProjectLine> lines = ProjectLines.validate(seed001().subList(0, 2), WAN).value();
        List<DetailIssue> warnings = ProjectLines.consistency(lines, new BigDecimal("1967500.00"));
        assertEquals(1, warnings.size());
        DetailIssue w = warnings.get(0);
        assertEquals(DetailIssue.PROJECT_ACTUALS_NOT_PROJECT_EXPENDITURE, w.code());
        assertEquals("projects[].actualExpenditure", w.field());
        assertTrue(w.message().contains("815000.00 元") && w.message().contains("1967500.00 元")
                && w.message().contains("1152500.00 元"), w.message());
    }

    @Test
    void noProjectExpenditureOrNoLinesMeansNothingToCompare() {
        List<ProjectLine> lines = ProjectLines.validate(seed001(), WAN).value();
        assertEquals(List.of(), ProjectLines.consistency(lines, null));
        assertEquals(List.of(), ProjectLines.consistency(List.of(), new BigDecimal("1.00")));
        ProjectLines.Totals none = ProjectLines.totals(List.of());
        assertEquals(new BigDecimal("0.00"), none.actualExpenditure());
    }

    @Test
    void anEmptyListIsValidEvenWithoutAUnit() {
        assertEquals(List.of(), ProjectLines.validate(List.of(), WAN).value());
        assertEquals(List.of(), ProjectLines.validate(List.of(), null).value());
    }

    @Test
    void aMissingUnitIsNeverGuessed() {
        Validated<List<ProjectLine>> v = ProjectLines.validate(seed001(), null);
        assertEquals(List.of("amountUnit"), fields(v));
        assertEquals(List.of(RowConflict.MISSING_UNIT), codes(v));
    }

    @Test
    void aDuplicateProjectCodeIsNamedAtTheLaterLineWithTheFirst() {
        Validated<List<ProjectLine>> v = ProjectLines.validate(List.of(line("A", "1", null, "1"),
                line("B", "1", null, "1"), line("A", "2", null, "2")), AmountUnit.YUAN);
        assertEquals(List.of("projects[2].projectCode"), fields(v));
        assertEquals(List.of(DetailIssue.DUPLICATE_PROJECT_CODE), codes(v));
        assertTrue(v.errors().get(0).message().contains("projects[0]"));
    }

    @Test
    void codesAreComparedAfterStrippingBlanks() {
        Validated<List<ProjectLine>> v = ProjectLines.validate(List.of(line("A1", "1", null, "1"),
                line("\u3000A1 ", "1", null, "1")), AmountUnit.YUAN);
        assertEquals(List.of(DetailIssue.DUPLICATE_PROJECT_CODE), codes(v));
    }

    @Test
    void everyBadAmountIsNamedWithTheCodesOfABulkPush() {
        Validated<List<ProjectLine>> v = ProjectLines.validate(List.of(
                line("A", "-5", null, "1"),
                line("B", "1.1234567", null, "1"),
                line("C", "1", "abc", "1"),
                line("D", "1", null, "100000000001"),
                line("E", "5元", null, "1")), WAN);
        assertEquals(List.of("projects[0].initialBudget", "projects[1].initialBudget", "projects[2].adjustedBudget",
                "projects[3].actualExpenditure", "projects[4].initialBudget"), fields(v));
        assertEquals(List.of(RowConflict.NEGATIVE_AMOUNT, RowConflict.TOO_MANY_DECIMALS, RowConflict.NOT_NUMERIC,
                RowConflict.TOO_LARGE, RowConflict.UNIT_MISMATCH), codes(v));
    }

    @Test
    void threeDecimalsIn元AreTooManyButSixIn万元AreExactFen() {
        assertEquals(List.of(RowConflict.TOO_MANY_DECIMALS),
                codes(ProjectLines.validate(List.of(line("A", "1.234", null, "1")), AmountUnit.YUAN)));
        ProjectLine exact = ProjectLines.validate(List.of(line("A", "31385.997668", null, "１２．５")), WAN).value().get(0);
        assertEquals(new BigDecimal("313859976.68"), exact.initialBudget());
        assertEquals(new BigDecimal("125000.00"), exact.actualExpenditure(), "full-width digits are read");
    }

    @Test
    void missingRequiredFieldsAreAllReportedAtOnce() {
        Validated<List<ProjectLine>> v = ProjectLines.validate(List.of(
                new ProjectLines.Input(null, " ", null, null, null, "", null, null)), WAN);
        assertEquals(List.of("projects[0].projectCode", "projects[0].projectName", "projects[0].initialBudget",
                "projects[0].actualExpenditure"), fields(v));
        assertTrue(codes(v).stream().allMatch(DetailIssue.MISSING_FIELD::equals));
    }

    @Test
    void aNullLineIsMissing() {
        List<ProjectLines.Input> inputs = new ArrayList<>(seed001());
        inputs.add(1, null);
        Validated<List<ProjectLine>> v = ProjectLines.validate(inputs, WAN);
        assertEquals(List.of("projects[1]"), fields(v));
        assertEquals(List.of(DetailIssue.MISSING_FIELD), codes(v));
    }

    @ParameterizedTest
    @ValueSource(strings = {"项目1", "a b", "A;drop", "<script>"})
    void projectCodesAreAsciiIdentifiers(String code) {
        assertEquals(List.of(DetailIssue.INVALID_PROJECT_CODE),
                codes(ProjectLines.validate(List.of(line(code, "1", null, "1")), WAN)));
    }

    @Test
    void projectCodesHaveAtMost64Characters() {
        assertTrue(ProjectLines.validate(List.of(line("A".repeat(64), "1", null, "1")), WAN).isValid());
        assertEquals(List.of(DetailIssue.INVALID_PROJECT_CODE),
                codes(ProjectLines.validate(List.of(line("A".repeat(65), "1", null, "1")), WAN)));
    }

    @Test
    void namesHaveAtMost200CharactersCountedAsPeopleCountThem() {
        String longest = "项".repeat(200);
        ProjectLines.Input ok = new ProjectLines.Input("A", " " + longest + " ", null, "1", null, "1", null, null);
        assertEquals(longest, ProjectLines.validate(List.of(ok), WAN).value().get(0).projectName());
        ProjectLines.Input tooLong = new ProjectLines.Input("A", longest + "目", null, "1", null, "1", null, null);
        assertEquals(List.of(DetailIssue.TOO_LONG), codes(ProjectLines.validate(List.of(tooLong), WAN)));
    }

    @ParameterizedTest
    @CsvSource({"201,201", "20101,20101", "2010101,2010101", "２０１０１０１,2010101", "' 2130599 ',2130599"})
    void functionalCodesAreTheThreeLevelsOfTheClassification(String written, String stored) {
        assertEquals(stored, ProjectLines.validate(List.of(withCodes(written, null)), WAN).value().get(0)
                .functionalCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "20", "2010", "201010", "20101011", "20a", "201-01", "201.01", "二〇一"})
    void otherFunctionalCodesAreRefused(String written) {
        Validated<List<ProjectLine>> v = ProjectLines.validate(List.of(withCodes(written, null)), WAN);
        assertEquals(List.of("projects[0].functionalCode"), fields(v));
        assertEquals(List.of(DetailIssue.INVALID_FUNCTIONAL_CODE), codes(v));
    }

    @ParameterizedTest
    @CsvSource({"301,301", "30101,30101", "３０２,302"})
    void economicCodesAreClassOrSection(String written, String stored) {
        assertEquals(stored, ProjectLines.validate(List.of(withCodes(null, written)), WAN).value().get(0)
                .economicCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "30", "3010", "301011", "3010101", "30x", "301 01"})
    void otherEconomicCodesAreRefused(String written) {
        Validated<List<ProjectLine>> v = ProjectLines.validate(List.of(withCodes(null, written)), WAN);
        assertEquals(List.of("projects[0].economicCode"), fields(v));
        assertEquals(List.of(DetailIssue.INVALID_ECONOMIC_CODE), codes(v));
    }

    @Test
    void blankOptionalCodesAreAbsent() {
        ProjectLine line = ProjectLines.validate(List.of(withCodes(" ", "")), WAN).value().get(0);
        assertNull(line.functionalCode());
        assertNull(line.economicCode());
    }

    @Test
    void aHugeListIsRefusedWholeWithoutReadingItsLines() {
        List<ProjectLines.Input> many = Collections.nCopies(ProjectLines.MAX_PROJECTS + 1, line("A", "x", null, "y"));
        Validated<List<ProjectLine>> v = ProjectLines.validate(many, WAN);
        assertEquals(List.of("projects"), fields(v));
        assertEquals(List.of(DetailIssue.TOO_MANY_ITEMS), codes(v));
    }

    @Test
    void aProjectWithoutBudgetHasNoExecutionRate() {
        ProjectLine line = ProjectLines.validate(List.of(line("A", "10", "0", "5")), WAN).value().get(0);
        assertEquals(new BigDecimal("0.00"), line.budgetInForce(), "adjusted to 0 is adjusted");
        assertNull(line.executionRate());
    }

    @Test
    void aLineRefusesInvalidFiguresEvenWhenBuiltDirectly() {
        assertThrows(IllegalArgumentException.class, () -> new ProjectLine("A", "n", null, new BigDecimal("-1"), null,
                BigDecimal.ONE, null, null));
        assertThrows(IllegalArgumentException.class, () -> new ProjectLine("A", "n", null, new BigDecimal("0.001"),
                null, BigDecimal.ONE, null, null));
    }

    /**
     * Property: for random lists, the total of the actuals is the exact sum of the lines, 万元 and 元 texts of the same
     * amounts give the same lines, and the warning appears exactly when the total differs from projectExpenditure.
     */
    @Test
    void propertySumOfLinesIsTheTotalAndTheWarningFollowsIt() {
        Random random = new Random(3);
        for (int run = 0; run < 300; run++) {
            int n = random.nextInt(12);
            List<ProjectLines.Input> inYuan = new ArrayList<>();
            List<ProjectLines.Input> inWan = new ArrayList<>();
            BigDecimal expected = BigDecimal.ZERO.setScale(2);
            for (int i = 0; i < n; i++) {
                BigDecimal actual = BigDecimal.valueOf(random.nextLong(0, 10_000_000_000L), 2);
                BigDecimal initial = BigDecimal.valueOf(random.nextLong(0, 10_000_000_000L), 2);
                expected = expected.add(actual);
                inYuan.add(line("P" + i, initial.toPlainString(), null, actual.toPlainString()));
                inWan.add(line("P" + i, AmountFormatter.toTenThousandYuan(initial), null,
                        AmountFormatter.toTenThousandYuan(actual)));
            }
            List<ProjectLine> lines = ProjectLines.validate(inYuan, AmountUnit.YUAN).value();
            assertEquals(lines, ProjectLines.validate(inWan, WAN).value());
            BigDecimal total = ProjectLines.totals(lines).actualExpenditure();
            assertEquals(expected, total);
            assertEquals(lines.stream().map(ProjectLine::actualExpenditure).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .setScale(2), total);
            assertEquals(List.of(), ProjectLines.consistency(lines, total));
            BigDecimal other = total.add(BigDecimal.valueOf(random.nextInt(1, 1000), 2));
            assertEquals(!lines.isEmpty(), !ProjectLines.consistency(lines, other).isEmpty());
        }
    }

    @Test
    void validatedHoldsEitherAValueOrErrors() {
        assertThrows(IllegalArgumentException.class, () -> new Validated<>(null, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Validated<>(List.of(),
                List.of(new DetailIssue("f", "C", "m"))));
        assertFalse(Validated.of(List.of(), Arrays.asList(new DetailIssue("f", "C", "m"))).isValid());
    }
}
