package org.jixiao.budget.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
            @Schema(description = "new unit-years stored") long imported,
            @Schema(description = "unit-years whose figures or detail lists changed") long updated,
            @Schema(description = "valid rows not applied: figures (and lists carried) unchanged, or an atomic push that failed")
            long ignored,
            @Schema(description = "rows refused, each with at least one entry in conflicts") long conflicts) {
    }

    @Schema(name = "RowConflict", description = "Why one field of one row was refused")
    public record RowConflictDto(
            @Schema(description = "JSON: 1-based position in the list; CSV: spreadsheet row (header = 1)",
                    example = "3") int row,
            @Schema(description = "the row field at fault, or `row` for the whole row", example = "initialBudget")
            String field,
            @Schema(description = "stable code", example = "NEGATIVE_AMOUNT") String code,
            @Schema(example = "金额不能为负数：「-5」") String message) {

        public static RowConflictDto of(RowConflict c) {
            return new RowConflictDto(c.row(), c.field(), c.code(), c.message());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ImportSummary", description = "Outcome of a bulk push, like DHIS2's importSummary. When nothing "
            + "was applied (422) it is also an RFC 9457 problem: type, title, status, detail, instance, requestId.")
    public record ImportSummary(
            @Schema(description = "problem type (failure only)") String type,
            @Schema(description = "problem title (failure only)") String title,
            @Schema(description = "HTTP status (failure only)", example = "422") Integer status,
            @Schema(description = "problem detail (failure only)") String detail,
            @Schema(description = "request path (failure only)") String instance,
            @Schema(description = "X-Request-Id of the push") String requestId,
            ImportStatus importStatus,
            ImportMode mode,
            @Schema(description = "true: validated and counted only, nothing stored") boolean dryRun,
            @Schema(description = "Idempotency-Key of the push, when given") String idempotencyKey,
            @Schema(description = "rows read") long total,
            ImportCount importCount,
            @Schema(description = "per-row conflicts, at most 1,000 listed (see conflictsTruncated)")
            List<RowConflictDto> conflicts,
            @Schema(description = "true when more conflicts exist than are listed") boolean conflictsTruncated) {
    }

    /** Documentation of one pushed row; the body is read as a stream, never bound to this record. */
    @Schema(name = "BudgetRow", description = "One unit-year in a push. Amounts are text (or JSON numbers) in "
            + "amountUnit, never guessed: 元 allows 2 decimals, 万元 6; full-width digits (１２３．４５) and thousands "
            + "separators are accepted. Blank or absent means not reported. Required: unitCode, fiscalYear, "
            + "amountUnit, initialBudget. Checked: basic + project = actualExpenditure, personnel + operating = basic, "
            + "fund sources sum to allSourceExpenditure, adjusted needs initial, each unit-year once per push.")
    public record BudgetRowDoc(
            @Schema(required = true, example = "620201001") String unitCode,
            @Schema(required = true, example = "2023") Integer fiscalYear,
            @Schema(required = true, description = "YUAN (元) or TEN_THOUSAND_YUAN (万元)", example = "TEN_THOUSAND_YUAN")
            String amountUnit,
            @Schema(required = true, description = "年初预算数", example = "552.45") String initialBudget,
            @Schema(description = "调整预算数", example = "667.92") String adjustedBudget,
            @Schema(description = "实际到位资金") String fundsReceived,
            @Schema(description = "实际支出 / 决算支出", example = "667.92") String actualExpenditure,
            @Schema(description = "结转结余") String carryOver,
            @Schema(description = "基本支出", example = "600.00") String basicExpenditure,
            @Schema(description = "人员经费", example = "450.00") String personnelExpenditure,
            @Schema(description = "公用经费", example = "150.00") String operatingExpenditure,
            @Schema(description = "项目支出", example = "67.92") String projectExpenditure,
            @Schema(description = "支出按资金来源: keys GENERAL_APPROPRIATION (财政拨款), GOVERNMENT_FUND (政府性基金), "
                    + "STATE_CAPITAL (国有资本经营预算), SPECIAL_ACCOUNT (财政专户), UNIT_OWN (单位资金), OTHER (其他)",
                    example = "{\"GENERAL_APPROPRIATION\":\"667.92\",\"UNIT_OWN\":\"326.15\"}")
            java.util.Map<String, String> fundSourceExpenditure,
            @Schema(description = "全部资金来源支出 (defaults to the sum of the fund sources)", example = "994.07")
            String allSourceExpenditure,
            @Schema(description = "决算数 as published") String finalAccountsExpenditure,
            @Schema(description = "三公经费预算数") String threePublicBudget,
            @Schema(description = "三公经费实际支出") String threePublicActual,
            @Schema(description = "政府采购预算") String procurementBudget,
            @Schema(description = "政府采购实际") String procurementActual,
            @Schema(description = "专项资金总数") String specialFundsTotal,
            @Schema(description = "已细化专项资金") String specialFundsDetailed,
            @Schema(description = "编制数") Integer authorisedPosts,
            @Schema(description = "在职人数") Integer staffInPost,
            @Schema(description = "JSON only: the unit-year's whole 项目支出 list, as PUT …/projects takes it (amounts in "
                    + "the row's amountUnit); absent: the stored list stays, empty: it is cleared")
            java.util.List<BudgetDetailsDtos.ProjectLineRequest> projects,
            @Schema(description = "JSON only: 三公经费 by item, as the items of PUT …/three-public-expenses; the sums must "
                    + "equal the row's threePublicBudget / threePublicActual")
            java.util.List<BudgetDetailsDtos.ThreePublicItemRequest> threePublicExpenses,
            @Schema(description = "JSON only: 专项资金, as PUT …/special-funds takes them; the sums must equal the row's "
                    + "specialFundsTotal / specialFundsDetailed")
            java.util.List<BudgetDetailsDtos.SpecialFundRequest> specialFunds,
            @Schema(description = "JSON only: 月度执行, as the months of PUT …/monthly-execution")
            java.util.List<BudgetDetailsDtos.MonthRequest> monthlyExecution) {
    }
}
