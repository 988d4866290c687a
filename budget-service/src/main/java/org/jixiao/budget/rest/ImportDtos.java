package org.jixiao.budget.rest;

import static org.jixiao.budget.rest.BudgetDtos.FUND_SOURCES;
import static org.jixiao.budget.rest.BudgetDtos.LIST_MONTHS;
import static org.jixiao.budget.rest.BudgetDtos.LIST_PROJECTS;
import static org.jixiao.budget.rest.BudgetDtos.LIST_SPECIAL_FUNDS;
import static org.jixiao.budget.rest.BudgetDtos.LIST_THREE_PUBLIC;
import static org.jixiao.budget.rest.BudgetDtos.REQUEST_AMOUNT;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jixiao.budget.domain.AmountUnit;
import org.jixiao.budget.domain.FundSource;
import org.jixiao.budget.domain.RowConflict;

public final class ImportDtos {
    private ImportDtos() {
    }

    @Schema(name = "ImportMode", description = "ATOMIC: nothing is applied when any row fails (default). "
            + "PER_ROW: valid rows are applied, failing rows are reported.")
    public enum ImportMode {
        ATOMIC, PER_ROW
    }

    @Schema(name = "ImportStatus", description = "SUCCESS: every row valid. WARNING: some rows refused, the others "
            + "applied (PER_ROW). ERROR: nothing applied.")
    public enum ImportStatus {
        SUCCESS, WARNING, ERROR
    }

    @Schema(name = "ImportCount", description = "Rows by outcome; imported + updated + ignored + conflicts = total")
    public record ImportCount(
            @Schema(required = true, description = "new unit-years stored") long imported,
            @Schema(required = true, description = "unit-years whose figures or detail lists changed") long updated,
            @Schema(required = true, description = "valid rows not applied: figures (and lists carried) unchanged, or "
                    + "an atomic push that failed") long ignored,
            @Schema(required = true, description = "rows refused, each with at least one entry in conflicts")
            long conflicts) {
    }

    @Schema(name = "RowConflict", description = "Why one field of one row was refused")
    public record RowConflictDto(
            @Schema(required = true, description = "JSON: 1-based position in the list; CSV: spreadsheet row (header "
                    + "= 1)", example = "3") int row,
            @Schema(required = true, description = "the row field at fault, or `row` for the whole row",
                    example = "initialBudget") String field,
            @Schema(required = true, description = "stable code", example = "NEGATIVE_AMOUNT") String code,
            @Schema(required = true, example = "金额不能为负数：「-5」") String message) {

        public static RowConflictDto of(RowConflict c) {
            return new RowConflictDto(c.row(), c.field(), c.code(), c.message());
        }
    }

    @Schema(name = "ImportSummary", description = "Outcome of a bulk push, like DHIS2's importSummary. When nothing "
            + "was applied (422) it is also an RFC 9457 problem: type, title, status, detail, instance, requestId; "
            + "on success those problem fields are null.")
    public record ImportSummary(
            @Schema(description = "problem type (failure only)") String type,
            @Schema(description = "problem title (failure only)") String title,
            @Schema(description = "HTTP status (failure only)", example = "422") Integer status,
            @Schema(description = "problem detail (failure only)") String detail,
            @Schema(description = "request path (failure only)") String instance,
            @Schema(description = "X-Request-Id of the push") String requestId,
            @Schema(required = true) ImportStatus importStatus,
            @Schema(required = true) ImportMode mode,
            @Schema(required = true, description = "true: validated and counted only, nothing stored") boolean dryRun,
            @Schema(description = "Idempotency-Key of the push, when given") String idempotencyKey,
            @Schema(required = true, description = "rows read") long total,
            @Schema(required = true) ImportCount importCount,
            @Schema(required = true, description = "per-row conflicts, at most 1,000 listed (see conflictsTruncated)")
            List<RowConflictDto> conflicts,
            @Schema(required = true, description = "true when more conflicts exist than are listed")
            boolean conflictsTruncated) {
    }

    /** Documentation of one pushed row; the body is read as a stream, never bound to this record. */
    @Schema(name = "BudgetRow", description = "One unit-year in a push. Amounts are text (or JSON numbers) in "
            + "amountUnit, never guessed: 元 allows 2 decimals, 万元 6; full-width digits (１２３．４５) and thousands "
            + "separators are accepted. Blank or absent means not reported. Required: unitCode, fiscalYear, "
            + "amountUnit, initialBudget. Checked: basic + project = actualExpenditure, personnel + operating = basic, "
            + "fund sources sum to allSourceExpenditure, adjusted needs initial, each unit-year once per push.")
    public record BudgetRowDoc(
            @Schema(required = true, description = "单位编码 of a registered unit inside the caller's region",
                    example = "620201001") String unitCode,
            @Schema(required = true, description = "预算年度, 2000 to 2100", example = "2023") Integer fiscalYear,
            @Schema(required = true, description = "元 (YUAN) or 万元 (TEN_THOUSAND_YUAN) of every amount of the row, "
                    + "never guessed", example = "TEN_THOUSAND_YUAN") AmountUnit amountUnit,
            @Schema(required = true, description = "年初预算数." + REQUEST_AMOUNT, example = "552.45") String initialBudget,
            @Schema(description = "调整预算数 (absent: not adjusted)." + REQUEST_AMOUNT, example = "667.92")
            String adjustedBudget,
            @Schema(description = "实际到位资金." + REQUEST_AMOUNT) String fundsReceived,
            @Schema(description = "实际支出 / 决算支出." + REQUEST_AMOUNT, example = "667.92") String actualExpenditure,
            @Schema(description = "结转结余." + REQUEST_AMOUNT) String carryOver,
            @Schema(description = "基本支出 (= personnel + operating)." + REQUEST_AMOUNT, example = "600.00")
            String basicExpenditure,
            @Schema(description = "人员经费." + REQUEST_AMOUNT, example = "450.00") String personnelExpenditure,
            @Schema(description = "公用经费." + REQUEST_AMOUNT, example = "150.00") String operatingExpenditure,
            @Schema(description = "项目支出 (basic + project = actualExpenditure)." + REQUEST_AMOUNT, example = "67.92")
            String projectExpenditure,
            @Schema(description = FUND_SOURCES + REQUEST_AMOUNT,
                    example = "{\"GENERAL_APPROPRIATION\":\"667.92\",\"UNIT_OWN\":\"326.15\"}")
            Map<FundSource, String> fundSourceExpenditure,
            @Schema(description = "全部资金来源支出 (defaults to the sum of the fund sources)." + REQUEST_AMOUNT,
                    example = "994.07") String allSourceExpenditure,
            @Schema(description = "决算数 as published (absent: equals actualExpenditure)." + REQUEST_AMOUNT)
            String finalAccountsExpenditure,
            @Schema(description = "三公经费预算数." + REQUEST_AMOUNT) String threePublicBudget,
            @Schema(description = "三公经费实际支出." + REQUEST_AMOUNT) String threePublicActual,
            @Schema(description = "政府采购预算." + REQUEST_AMOUNT) String procurementBudget,
            @Schema(description = "政府采购实际." + REQUEST_AMOUNT) String procurementActual,
            @Schema(description = "专项资金总数." + REQUEST_AMOUNT) String specialFundsTotal,
            @Schema(description = "已细化专项资金." + REQUEST_AMOUNT) String specialFundsDetailed,
            @Schema(description = "编制数, not negative") Integer authorisedPosts,
            @Schema(description = "在职人数, not negative") Integer staffInPost,
            @Schema(description = LIST_PROJECTS) List<BudgetDetailsDtos.ProjectLineRequest> projects,
            @Schema(description = LIST_THREE_PUBLIC) List<BudgetDetailsDtos.ThreePublicItemRequest> threePublicExpenses,
            @Schema(description = LIST_SPECIAL_FUNDS) List<BudgetDetailsDtos.SpecialFundRequest> specialFunds,
            @Schema(description = LIST_MONTHS) List<BudgetDetailsDtos.MonthRequest> monthlyExecution) {
    }
}
