package org.jixiao.budget.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * 专项资金 detail entry: validation of a list as one PUT states it, the specialFundDetailRate derived from it, and
 * its agreement with the unit-year's specialFundsTotal / specialFundsDetailed.
 *
 * <p>Required per fund: code (unique in the list), name, totalAmount, detailedAmount ≤ totalAmount.
 *
 * <p>Disagreement with the unit-year's figures is refused (422), as for 三公经费: specialFundsTotal and
 * specialFundsDetailed are by definition the sums over the special funds, so the two are one amount stated twice,
 * and keeping both would give specialFundDetailRate two values. A later change of the unit-year's figures is
 * reported as a warning when the list is read.
 */
public final class SpecialFunds {
    public static final String FIELD = "specialFunds";
    public static final int MAX_FUNDS = 5000;

    private SpecialFunds() {
    }

    /** One fund as sent: amounts as text in the request's amountUnit. */
    public record Input(String code, String name, String totalAmount, String detailedAmount) {
    }

    public static Validated<List<SpecialFund>> validate(List<Input> inputs, AmountUnit unit) {
        Objects.requireNonNull(inputs, "inputs");
        DetailReader reader = new DetailReader(unit);
        if (reader.refusesWhole(FIELD, inputs.size(), MAX_FUNDS,
                "最多 " + MAX_FUNDS + " 项专项资金，收到 " + inputs.size())) {
            return Validated.of(null, reader.errors());
        }
        DetailReader.Keys<String> codes = reader.keys(FIELD, DetailIssue.DUPLICATE_SPECIAL_FUND_CODE,
                code -> "专项资金编码 " + AmountParser.echo(code) + " ");
        List<SpecialFund> funds = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            String at = FIELD + "[" + i + "]";
            Input in = inputs.get(i);
            if (in == null) {
                reader.error(at, DetailIssue.MISSING_FIELD, "专项资金为空");
                continue;
            }
            int errorsBefore = reader.errors().size();
            String code = reader.identifier(at + ".code", in.code(), DetailIssue.INVALID_SPECIAL_FUND_CODE);
            codes.unique(code, i, at + ".code");
            String name = reader.name(at + ".name", in.name());
            BigDecimal total = reader.requiredAmount(at + ".totalAmount", in.totalAmount());
            BigDecimal detailed = reader.requiredAmount(at + ".detailedAmount", in.detailedAmount());
            if (total != null && detailed != null && detailed.compareTo(total) > 0) {
                reader.error(at + ".detailedAmount", DetailIssue.DETAILED_EXCEEDS_TOTAL, "已细化金额 "
                        + Percentages.yuan(detailed) + " 超过资金总数 " + Percentages.yuan(total));
            }
            if (reader.errors().size() == errorsBefore) {
                funds.add(new SpecialFund(code, name, total, detailed));
            }
        }
        return Validated.of(List.copyOf(funds), reader.errors());
    }

    public static BigDecimal totalAmount(List<SpecialFund> funds) {
        return Percentages.sum(funds, SpecialFund::totalAmount);
    }

    public static BigDecimal detailedAmount(List<SpecialFund> funds) {
        return Percentages.sum(funds, SpecialFund::detailedAmount);
    }

    /**
     * specialFundDetailRate = Σ detailedAmount ÷ Σ totalAmount, exactly as {@link FiscalMetrics} computes it from the
     * unit-year's specialFundsDetailed / specialFundsTotal; undefined for an empty list or a total of 0.
     */
    public static Metric detailRate(List<SpecialFund> funds) {
        BudgetFigures sums = funds.isEmpty() ? BudgetFigures.builder().build() : BudgetFigures.builder()
                .specialFundsTotal(totalAmount(funds)).specialFundsDetailed(detailedAmount(funds)).build();
        return FiscalMetrics.compute(sums).stream()
                .filter(m -> m.name().equals(FiscalMetrics.SPECIAL_FUND_DETAIL_RATE)).findFirst().orElseThrow();
    }

    /** Where the list disagrees with the unit-year's figures; figures it does not state are not compared. */
    public static List<DetailIssue> mismatches(List<SpecialFund> funds, BudgetFigures figures) {
        Objects.requireNonNull(funds, "funds");
        Objects.requireNonNull(figures, "figures");
        if (funds.isEmpty()) {
            return List.of();
        }
        return Stream.of(
                DetailIssue.sumMismatch(FIELD + "[].totalAmount", DetailIssue.SPECIAL_FUNDS_TOTAL_MISMATCH,
                        "各专项资金总数合计", totalAmount(funds),
                        "专项资金总数 specialFundsTotal", figures.specialFundsTotal()),
                DetailIssue.sumMismatch(FIELD + "[].detailedAmount", DetailIssue.SPECIAL_FUNDS_DETAILED_MISMATCH,
                        "各专项资金已细化金额合计", detailedAmount(funds),
                        "已细化专项资金 specialFundsDetailed", figures.specialFundsDetailed()))
                .filter(Objects::nonNull).toList();
    }
}
