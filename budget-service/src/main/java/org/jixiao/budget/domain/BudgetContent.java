package org.jixiao.budget.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything stored for one unit-year: the {@link BudgetFigures} and the breakdowns that are not metric inputs
 * (基本支出 / 人员经费 / 公用经费 / 项目支出, spending by 资金来源). Two contents are equal exactly when every
 * figure is the same to the fen, which is how a push decides whether anything changed.
 */
public record BudgetContent(
        BudgetFigures figures,
        BigDecimal basicExpenditure,
        BigDecimal personnelExpenditure,
        BigDecimal operatingExpenditure,
        BigDecimal projectExpenditure,
        Map<FundSource, BigDecimal> fundSourceExpenditure) {

    public BudgetContent {
        Objects.requireNonNull(figures, "figures");
        basicExpenditure = fen(basicExpenditure);
        personnelExpenditure = fen(personnelExpenditure);
        operatingExpenditure = fen(operatingExpenditure);
        projectExpenditure = fen(projectExpenditure);
        if (fundSourceExpenditure == null || fundSourceExpenditure.isEmpty()) {
            fundSourceExpenditure = Map.of();
        } else {
            EnumMap<FundSource, BigDecimal> copy = new EnumMap<>(FundSource.class);
            fundSourceExpenditure.forEach((source, amount) -> {
                if (amount != null) {
                    copy.put(Objects.requireNonNull(source, "fund source"), fen(amount));
                }
            });
            fundSourceExpenditure = copy.isEmpty() ? Map.of() : Collections.unmodifiableMap(copy);
        }
    }

    /** Figures only, no breakdown: what a single-resource PUT states. */
    public static BudgetContent of(BudgetFigures figures) {
        return new BudgetContent(figures, null, null, null, null, Map.of());
    }

    public static BudgetContent of(ParsedBudgetRow row) {
        return new BudgetContent(row.figures(), row.basicExpenditure(), row.personnelExpenditure(),
                row.operatingExpenditure(), row.projectExpenditure(), row.fundSourceExpenditure());
    }

    /** Same scale everywhere (2), so that 12.3 from a parser and 12.30 from the database compare equal. */
    private static BigDecimal fen(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount must not be negative: " + amount.toPlainString());
        }
        try {
            return amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException finerThanFen) {
            throw new IllegalArgumentException("not a whole number of fen: " + amount.toPlainString(), finerThanFen);
        }
    }
}
