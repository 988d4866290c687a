package org.jixiao.budget.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The messages the four detail lists share in kind (a list refused whole, a repeated key, a sum that restates a
 * unit-year figure), word for word: clients show them, so a change of wording is a change of the API.
 */
class DetailListMessagesTest {
    private static final AmountUnit YUAN = AmountUnit.YUAN;
    private static final DetailIssue NO_UNIT = new DetailIssue("amountUnit", RowConflict.MISSING_UNIT,
            "未注明金额单位（元或万元），不作推测");

    private static ProjectLines.Input project(String code) {
        return new ProjectLines.Input(code, "项目", null, "1", null, "1", null, null);
    }

    private static SpecialFunds.Input fund(String code) {
        return new SpecialFunds.Input(code, "专项", "2", "1");
    }

    private static ThreePublicExpenses.Input item(ThreePublicItem item, String budget, String actual) {
        return new ThreePublicExpenses.Input(item, budget, actual);
    }

    private static MonthlyExecutions.Input month(int month) {
        return new MonthlyExecutions.Input(BigDecimal.valueOf(month), "1");
    }

    @Test
    void aListWithoutItsUnitIsRefusedWholeUnlessItIsEmpty() {
        assertEquals(List.of(NO_UNIT), ProjectLines.validate(List.of(project("A")), null).errors());
        assertEquals(List.of(NO_UNIT), SpecialFunds.validate(List.of(fund("A")), null).errors());
        assertEquals(List.of(NO_UNIT), ThreePublicExpenses.validate(List.of(
                item(ThreePublicItem.OVERSEAS_TRAVEL, "1", null)), null).errors());
        assertEquals(List.of(NO_UNIT), MonthlyExecutions.validate(List.of(month(1)), null).errors());
        assertEquals(List.of(), ProjectLines.validate(List.of(), null).value());
        assertEquals(List.of(), SpecialFunds.validate(List.of(), null).value());
        assertEquals(List.of(), ThreePublicExpenses.validate(List.of(), null).value());
        assertEquals(List.of(), MonthlyExecutions.validate(List.of(), null).value());
    }

    @Test
    void anOverlongListIsRefusedWholeBeforeItsUnitIsLookedAt() {
        assertEquals(List.of(new DetailIssue("projects", DetailIssue.TOO_MANY_ITEMS, "最多 5000 个项目，收到 5001")),
                ProjectLines.validate(Collections.nCopies(5001, project("A")), null).errors());
        assertEquals(List.of(new DetailIssue("specialFunds", DetailIssue.TOO_MANY_ITEMS,
                "最多 5000 项专项资金，收到 5001")), SpecialFunds.validate(Collections.nCopies(5001, fund("A")), null).errors());
        assertEquals(List.of(new DetailIssue("items", DetailIssue.TOO_MANY_ITEMS, "三公经费只有 3 项，收到 31 项")),
                ThreePublicExpenses.validate(Collections.nCopies(31, item(null, null, null)), null).errors());
        assertEquals(List.of(new DetailIssue("months", DetailIssue.TOO_MANY_ITEMS, "一年只有 12 个月，收到 101 条")),
                MonthlyExecutions.validate(Collections.nCopies(101, month(1)), null).errors());
    }

    @Test
    void anEmptyEntryAndARepeatedKeyNameTheEntryTheyRepeat() {
        List<ProjectLines.Input> projects = new ArrayList<>(List.of(project("A"), project("A")));
        projects.add(null);
        assertEquals(List.of(
                new DetailIssue("projects[1].projectCode", DetailIssue.DUPLICATE_PROJECT_CODE,
                        "项目编码 「A」 与 projects[0] 重复"),
                new DetailIssue("projects[2]", DetailIssue.MISSING_FIELD, "项目为空")),
                ProjectLines.validate(projects, YUAN).errors());

        List<SpecialFunds.Input> funds = new ArrayList<>(List.of(fund("Z"), fund("Y"), fund("Z")));
        funds.add(null);
        assertEquals(List.of(
                new DetailIssue("specialFunds[2].code", DetailIssue.DUPLICATE_SPECIAL_FUND_CODE,
                        "专项资金编码 「Z」 与 specialFunds[0] 重复"),
                new DetailIssue("specialFunds[3]", DetailIssue.MISSING_FIELD, "专项资金为空")),
                SpecialFunds.validate(funds, YUAN).errors());

        List<ThreePublicExpenses.Input> items = new ArrayList<>(List.of(
                item(ThreePublicItem.OFFICIAL_RECEPTION, "1", null), item(ThreePublicItem.OVERSEAS_TRAVEL, "1", null),
                item(ThreePublicItem.OFFICIAL_VEHICLES, "1", null), item(ThreePublicItem.OFFICIAL_RECEPTION, "1", null)));
        items.add(null);
        assertEquals(List.of(
                new DetailIssue("items[3].item", DetailIssue.DUPLICATE_ITEM, "公务接待（OFFICIAL_RECEPTION）与 items[0] 重复"),
                new DetailIssue("items[4]", DetailIssue.MISSING_FIELD, "条目为空")),
                ThreePublicExpenses.validate(items, YUAN).errors());

        List<MonthlyExecutions.Input> months = new ArrayList<>(List.of(month(3), month(4), month(3)));
        months.add(null);
        assertEquals(List.of(
                new DetailIssue("months[2].month", DetailIssue.DUPLICATE_MONTH, "3 月与 months[0] 重复"),
                new DetailIssue("months[3]", DetailIssue.MISSING_FIELD, "月份条目为空")),
                MonthlyExecutions.validate(months, YUAN).errors());
    }

    @Test
    void sumsThatRestateAUnitYearFigureDifferentlyAreNamedWithBothAmounts() {
        List<ThreePublicExpense> items = ThreePublicExpenses.validate(List.of(
                item(ThreePublicItem.OVERSEAS_TRAVEL, "0", "0"), item(ThreePublicItem.OFFICIAL_VEHICLES, "30000", "31000"),
                item(ThreePublicItem.OFFICIAL_RECEPTION, "20000.01", "18500.51")), YUAN).value();
        assertEquals(List.of(
                new DetailIssue("items[].budget", DetailIssue.THREE_PUBLIC_BUDGET_MISMATCH,
                        "三项预算数合计 50000.01 元 与本年度三公经费预算数 threePublicBudget 50000.00 元 不符"),
                new DetailIssue("items[].actual", DetailIssue.THREE_PUBLIC_ACTUAL_MISMATCH,
                        "三项实际支出合计 49500.51 元 与本年度三公经费实际支出数 threePublicActual 49500.50 元 不符")),
                ThreePublicExpenses.mismatches(items, BudgetFigures.builder().threePublicBudget(new BigDecimal("50000"))
                        .threePublicActual(new BigDecimal("49500.50")).build()));

        List<SpecialFund> funds = SpecialFunds.validate(List.of(new SpecialFunds.Input("Z-1", "一", "300001",
                "297001")), YUAN).value();
        assertEquals(List.of(
                new DetailIssue("specialFunds[].totalAmount", DetailIssue.SPECIAL_FUNDS_TOTAL_MISMATCH,
                        "各专项资金总数合计 300001.00 元 与本年度专项资金总数 specialFundsTotal 300000.00 元 不符"),
                new DetailIssue("specialFunds[].detailedAmount", DetailIssue.SPECIAL_FUNDS_DETAILED_MISMATCH,
                        "各专项资金已细化金额合计 297001.00 元 与本年度已细化专项资金 specialFundsDetailed 297000.00 元 不符")),
                SpecialFunds.mismatches(funds, BudgetFigures.builder().specialFundsTotal(new BigDecimal("300000"))
                        .specialFundsDetailed(new BigDecimal("297000")).build()));
    }
}
