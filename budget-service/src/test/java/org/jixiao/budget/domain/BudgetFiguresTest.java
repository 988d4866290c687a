package org.jixiao.budget.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BudgetFiguresTest {

    @Test
    void budgetInForceIsTheAdjustedBudgetOrElseTheInitialOne() {
        BudgetFigures notAdjusted = BudgetFigures.builder().initialBudget(new BigDecimal("100")).build();
        BudgetFigures adjusted = BudgetFigures.builder().initialBudget(new BigDecimal("100"))
                .adjustedBudget(new BigDecimal("120")).build();
        assertEquals(new BigDecimal("100.00"), notAdjusted.budgetInForce());
        assertEquals(new BigDecimal("120.00"), adjusted.budgetInForce());
        assertNull(BudgetFigures.builder().build().budgetInForce());
    }

    @Test
    void finalAccountsAreTheActualExpenditureUnlessGivenSeparately() {
        BudgetFigures implicit = BudgetFigures.builder().actualExpenditure(new BigDecimal("5")).build();
        BudgetFigures explicit = BudgetFigures.builder().actualExpenditure(new BigDecimal("5"))
                .finalAccountsExpenditure(new BigDecimal("7")).build();
        assertEquals(new BigDecimal("5.00"), implicit.finalAccounts());
        assertEquals(new BigDecimal("7.00"), explicit.finalAccounts());
    }

    @Test
    void amountsAreStoredWithTwoDecimalsSoEqualFiguresAreEqual() {
        BudgetFigures a = BudgetFigures.builder().initialBudget(new BigDecimal("552.4")).build();
        BudgetFigures b = BudgetFigures.builder().initialBudget(new BigDecimal("552.4000")).build();
        assertEquals(2, a.initialBudget().scale());
        assertEquals(a, b);
    }

    @Test
    void refusesNegativeMoneyFractionsOfAFenAndNegativeHeadCounts() {
        assertThrows(IllegalArgumentException.class,
                () -> BudgetFigures.builder().carryOver(new BigDecimal("-0.01")).build());
        assertThrows(IllegalArgumentException.class,
                () -> BudgetFigures.builder().initialBudget(new BigDecimal("1.001")).build());
        assertThrows(IllegalArgumentException.class, () -> BudgetFigures.builder().staffInPost(-1).build());
    }
}
