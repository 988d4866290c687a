package org.jixiao.budget.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A row that passed every check, its amounts in 元 with 2 decimals. Breakdown amounts are null when not
 * reported; {@link #figures()} feeds {@link FiscalMetrics}.
 */
public record ParsedBudgetRow(
        int rowNumber,
        String unitCode,
        int fiscalYear,
        BudgetFigures figures,
        BigDecimal basicExpenditure,
        BigDecimal personnelExpenditure,
        BigDecimal operatingExpenditure,
        BigDecimal projectExpenditure,
        Map<FundSource, BigDecimal> fundSourceExpenditure) {

    public ParsedBudgetRow {
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(figures, "figures");
        fundSourceExpenditure = fundSourceExpenditure == null || fundSourceExpenditure.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(fundSourceExpenditure));
    }
}
