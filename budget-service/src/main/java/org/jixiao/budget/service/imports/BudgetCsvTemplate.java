package org.jixiao.budget.service.imports;

import java.util.ArrayList;
import java.util.List;

/** The downloadable CSV template: the header every upload must use, and one example row that passes validation. */
public final class BudgetCsvTemplate {
    public static final String FILE_NAME = "budget-import-template.csv";

    private BudgetCsvTemplate() {
    }

    /** Header names in template order (the same as the JSON row fields; fund sources as fundSourceExpenditure.X). */
    public static List<String> columns() {
        return RowAssembler.ALL_FIELDS;
    }

    /**
     * UTF-8 with a byte-order mark so that spreadsheet programs show the Chinese example correctly. The example is
     * consistent: 基本支出 450 + 项目支出 50 = 实际支出 500; 人员经费 380 + 公用经费 70 = 基本支出 450; 财政拨款 500 +
     * 单位资金 80 = 全部资金来源支出 580.
     */
    public static String text() {
        List<String> example = new ArrayList<>();
        for (String column : RowAssembler.ALL_FIELDS) {
            example.add(switch (column) {
                case "unitCode" -> "620201001";
                case "fiscalYear" -> "2024";
                case "amountUnit" -> "万元";
                case "initialBudget" -> "520.00";
                case "adjustedBudget" -> "530.00";
                case "fundsReceived" -> "530.00";
                case "actualExpenditure" -> "500.00";
                case "carryOver" -> "30.00";
                case "basicExpenditure" -> "450.00";
                case "personnelExpenditure" -> "380.00";
                case "operatingExpenditure" -> "70.00";
                case "projectExpenditure" -> "50.00";
                case "fundSourceExpenditure.GENERAL_APPROPRIATION" -> "500.00";
                case "fundSourceExpenditure.UNIT_OWN" -> "80.00";
                case "allSourceExpenditure" -> "580.00";
                case "authorisedPosts" -> "45";
                case "staffInPost" -> "44";
                default -> "";
            });
        }
        return "\uFEFF" + String.join(",", RowAssembler.ALL_FIELDS) + "\r\n" + String.join(",", example) + "\r\n";
    }
}
