package org.jixiao.budget.domain;

import java.util.List;

/**
 * 三公经费 and 专项资金 may be stated twice: as the unit-year's figures and as the sums of their detail lists. Where the
 * figures are missing but the lists exist, the metrics read the lists' sums; stated figures always win, and a PUT of a
 * list that disagrees with them is refused, so the two never give different rates.
 */
public final class ListedTotals {
    private ListedTotals() {
    }

    public static BudgetFigures fillMissing(BudgetFigures f, List<ThreePublicExpense> threePublic,
            List<SpecialFund> specialFunds) {
        boolean fromItems = f.threePublicBudget() == null && !threePublic.isEmpty();
        boolean fromFunds = f.specialFundsTotal() == null && !specialFunds.isEmpty();
        if (!fromItems && !fromFunds) {
            return f;
        }
        return new BudgetFigures(f.initialBudget(), f.adjustedBudget(), f.fundsReceived(), f.actualExpenditure(),
                f.carryOver(),
                fromItems ? ThreePublicExpenses.totalBudget(threePublic) : f.threePublicBudget(),
                fromItems ? ThreePublicExpenses.totalActual(threePublic) : f.threePublicActual(),
                f.procurementBudget(), f.procurementActual(),
                fromFunds ? SpecialFunds.totalAmount(specialFunds) : f.specialFundsTotal(),
                fromFunds ? SpecialFunds.detailedAmount(specialFunds) : f.specialFundsDetailed(),
                f.finalAccountsExpenditure(), f.allSourceExpenditure(), f.authorisedPosts(), f.staffInPost());
    }
}
