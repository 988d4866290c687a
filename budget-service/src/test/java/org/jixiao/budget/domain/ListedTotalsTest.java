package org.jixiao.budget.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListedTotalsTest {
    private static final List<ThreePublicExpense> ITEMS = List.of(
            new ThreePublicExpense(ThreePublicItem.OVERSEAS_TRAVEL, new BigDecimal("0.00"), new BigDecimal("0.00")),
            new ThreePublicExpense(ThreePublicItem.OFFICIAL_VEHICLES, new BigDecimal("30000.00"), new BigDecimal("33000.00")),
            new ThreePublicExpense(ThreePublicItem.OFFICIAL_RECEPTION, new BigDecimal("20000.00"), new BigDecimal("20000.00")));
    private static final List<SpecialFund> FUNDS = List.of(
            new SpecialFund("ZX-1", "乡村振兴专项资金", new BigDecimal("200000.00"), new BigDecimal("150000.00")));

    @Test
    void missingTotalsAreTheListsSums() {
        BudgetFigures filled = ListedTotals.fillMissing(BudgetFigures.builder().initialBudget(new BigDecimal("1000000"))
                .build(), ITEMS, FUNDS);
        assertEquals(new BigDecimal("50000.00"), filled.threePublicBudget());
        assertEquals(new BigDecimal("53000.00"), filled.threePublicActual());
        assertEquals(new BigDecimal("200000.00"), filled.specialFundsTotal());
        assertEquals(new BigDecimal("150000.00"), filled.specialFundsDetailed());
        assertEquals(new BigDecimal("1000000.00"), filled.initialBudget());
    }

    @Test
    void statedTotalsWinAndNoListsChangeNothing() {
        BudgetFigures stated = BudgetFigures.builder().threePublicBudget(new BigDecimal("1"))
                .specialFundsTotal(new BigDecimal("2")).build();
        BudgetFigures kept = ListedTotals.fillMissing(stated, ITEMS, FUNDS);
        assertEquals(new BigDecimal("1.00"), kept.threePublicBudget());
        assertNull(kept.threePublicActual());
        assertEquals(new BigDecimal("2.00"), kept.specialFundsTotal());
        assertSame(stated, ListedTotals.fillMissing(stated, List.of(), List.of()));
    }
}
