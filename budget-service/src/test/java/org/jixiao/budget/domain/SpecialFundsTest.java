package org.jixiao.budget.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpecialFundsTest {
    private static final AmountUnit WAN = AmountUnit.TEN_THOUSAND_YUAN;

    private static SpecialFunds.Input fund(String code, String total, String detailed) {
        return new SpecialFunds.Input(code, "专项" + code, total, detailed);
    }

    private static List<String> codes(Validated<?> v) {
        return v.errors().stream().map(DetailIssue::code).toList();
    }

    private static List<String> fields(Validated<?> v) {
        return v.errors().stream().map(DetailIssue::field).toList();
    }

    @Test
    void seed002DetailRateOf99PercentIsDerivedFromTheFunds() {
        // seed 002: 专项经费均按项目分别细化编制，细化率达 99%
        List<SpecialFund> funds = SpecialFunds.validate(List.of(fund("ZX-1", "200", "200"), fund("ZX-2", "100", "97")),
                WAN).value();
        assertEquals(new BigDecimal("100.00"), funds.get(0).detailRate());
        assertEquals(new BigDecimal("97.00"), funds.get(1).detailRate());
        assertEquals(new BigDecimal("3000000.00"), SpecialFunds.totalAmount(funds));
        assertEquals(new BigDecimal("2970000.00"), SpecialFunds.detailedAmount(funds));
        Metric rate = SpecialFunds.detailRate(funds);
        assertEquals(FiscalMetrics.SPECIAL_FUND_DETAIL_RATE, rate.name());
        assertEquals(new BigDecimal("99.00"), rate.value());
        assertEquals(new BigDecimal("3000000.00"), rate.inputs().get("specialFundsTotal"));
    }

    @Test
    void theDerivedRateIsTheOneTheMetricsEndpointComputesFromTheUnitYearsFigures() {
        List<SpecialFund> funds = SpecialFunds.validate(List.of(fund("A", "3", "1"), fund("B", "0", "0")), WAN).value();
        BudgetFigures figures = BudgetFigures.builder().specialFundsTotal(SpecialFunds.totalAmount(funds))
                .specialFundsDetailed(SpecialFunds.detailedAmount(funds)).build();
        Metric fromFigures = FiscalMetrics.compute(figures).stream()
                .filter(m -> m.name().equals(FiscalMetrics.SPECIAL_FUND_DETAIL_RATE)).findFirst().orElseThrow();
        assertEquals(fromFigures, SpecialFunds.detailRate(funds));
        assertEquals(new BigDecimal("33.33"), fromFigures.value());
        assertEquals(List.of(), SpecialFunds.mismatches(funds, figures));
    }

    @Test
    void aFundOfZeroHasNoRateAndNoFundsNoDerivedRate() {
        SpecialFund zero = SpecialFunds.validate(List.of(fund("A", "0", "0")), WAN).value().get(0);
        assertNull(zero.detailRate());
        Metric rate = SpecialFunds.detailRate(List.of(zero));
        assertNull(rate.value());
        assertTrue(rate.undefinedReason().startsWith(FiscalMetrics.REASON_ZERO_DIVISOR_PREFIX));
        Metric none = SpecialFunds.detailRate(List.of());
        assertTrue(none.undefinedReason().startsWith(FiscalMetrics.REASON_MISSING_INPUT_PREFIX));
    }

    @Test
    void detailedMayEqualButNeverExceedTheTotal() {
        assertTrue(SpecialFunds.validate(List.of(fund("A", "1", "1")), WAN).isValid());
        Validated<List<SpecialFund>> v = SpecialFunds.validate(List.of(fund("A", "1", "1.000001")), WAN);
        assertEquals(List.of("specialFunds[0].detailedAmount"), fields(v));
        assertEquals(List.of(DetailIssue.DETAILED_EXCEEDS_TOTAL), codes(v));
        assertTrue(v.errors().get(0).message().contains("10000.01 元"));
        assertThrows(IllegalArgumentException.class, () -> new SpecialFund("A", "n", BigDecimal.ONE, BigDecimal.TEN));
    }

    @Test
    void codesAreUniqueWellFormedAndEverythingIsRequired() {
        List<SpecialFunds.Input> inputs = new ArrayList<>(List.of(fund("A", "1", "1"), fund("A", "1", "1"),
                fund("专项", "1", "1"), new SpecialFunds.Input(null, null, null, null)));
        inputs.add(null);
        Validated<List<SpecialFund>> v = SpecialFunds.validate(inputs, WAN);
        assertEquals(List.of("specialFunds[1].code", "specialFunds[2].code", "specialFunds[3].code",
                "specialFunds[3].name", "specialFunds[3].totalAmount", "specialFunds[3].detailedAmount",
                "specialFunds[4]"), fields(v));
        assertEquals(List.of(DetailIssue.DUPLICATE_SPECIAL_FUND_CODE, DetailIssue.INVALID_SPECIAL_FUND_CODE,
                DetailIssue.MISSING_FIELD, DetailIssue.MISSING_FIELD, DetailIssue.MISSING_FIELD,
                DetailIssue.MISSING_FIELD, DetailIssue.MISSING_FIELD), codes(v));
    }

    @Test
    void badAmountsAreNamed() {
        Validated<List<SpecialFund>> v = SpecialFunds.validate(List.of(fund("A", "-1", "0"), fund("B", "1e3", "0"),
                fund("C", "1", "0.0000001")), WAN);
        assertEquals(List.of(RowConflict.NEGATIVE_AMOUNT, RowConflict.NOT_NUMERIC, RowConflict.TOO_MANY_DECIMALS),
                codes(v));
    }

    @Test
    void sumsThatDifferFromTheUnitYearAreNamedPerFigure() {
        List<SpecialFund> funds = SpecialFunds.validate(List.of(fund("A", "300", "297")), WAN).value();
        BudgetFigures figures = BudgetFigures.builder().specialFundsTotal(new BigDecimal("3000000"))
                .specialFundsDetailed(new BigDecimal("2960000")).build();
        List<DetailIssue> issues = SpecialFunds.mismatches(funds, figures);
        assertEquals(List.of(DetailIssue.SPECIAL_FUNDS_DETAILED_MISMATCH),
                issues.stream().map(DetailIssue::code).toList());
        assertEquals("specialFunds[].detailedAmount", issues.get(0).field());
        assertEquals(List.of(DetailIssue.SPECIAL_FUNDS_TOTAL_MISMATCH), SpecialFunds.mismatches(funds,
                BudgetFigures.builder().specialFundsTotal(BigDecimal.ONE).build()).stream().map(DetailIssue::code)
                .toList());
        assertEquals(List.of(), SpecialFunds.mismatches(List.of(), figures), "no funds: nothing to compare");
    }

    @Test
    void aHugeListIsRefusedWhole() {
        List<SpecialFunds.Input> many = java.util.Collections.nCopies(SpecialFunds.MAX_FUNDS + 1, fund("A", "x", "y"));
        assertEquals(List.of(DetailIssue.TOO_MANY_ITEMS), codes(SpecialFunds.validate(many, WAN)));
        assertEquals(List.of(RowConflict.MISSING_UNIT), codes(SpecialFunds.validate(List.of(fund("A", "1", "1")), null)));
    }

    /** Property: for valid lists Σ detailed ≤ Σ total, the rate is at most 100% and the sums agree with themselves. */
    @Test
    void propertyDetailedNeverExceedsTotalAndTheRateFollowsTheSums() {
        Random random = new Random(11);
        for (int run = 0; run < 500; run++) {
            int n = random.nextInt(1, 8);
            List<SpecialFunds.Input> inputs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                long total = random.nextInt(3) == 0 ? 0 : random.nextLong(0, 1_000_000_000_000L);
                long detailed = total == 0 ? 0 : random.nextLong(0, total + 1);
                inputs.add(fund("F" + i, BigDecimal.valueOf(total, 2).toPlainString(),
                        BigDecimal.valueOf(detailed, 2).toPlainString()));
            }
            List<SpecialFund> funds = SpecialFunds.validate(inputs, AmountUnit.YUAN).value();
            BigDecimal total = SpecialFunds.totalAmount(funds);
            BigDecimal detailed = SpecialFunds.detailedAmount(funds);
            assertTrue(detailed.compareTo(total) <= 0);
            Metric rate = SpecialFunds.detailRate(funds);
            if (total.signum() == 0) {
                assertNull(rate.value());
            } else {
                assertTrue(rate.value().compareTo(new BigDecimal("100.00")) <= 0);
                assertEquals(Percentages.of(detailed, total), rate.value());
            }
            BudgetFigures same = BudgetFigures.builder().specialFundsTotal(total).specialFundsDetailed(detailed).build();
            assertEquals(List.of(), SpecialFunds.mismatches(funds, same));
        }
    }
}
