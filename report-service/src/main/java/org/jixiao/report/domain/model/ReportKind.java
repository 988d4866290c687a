package org.jixiao.report.domain.model;

/** The three kinds of document the seeds show (REPORTS.md §1–3). */
public enum ReportKind {
    /** 财政评价报告 (finance-led or third-party), seeds 000 and 001. */
    FINANCE_EVALUATION("部门整体支出绩效评价报告"),
    /** 部门整体绩效自评报告, seeds 002 and 003. */
    SELF_EVALUATION("部门整体绩效自评报告"),
    /** 自评结果（摘要版） with the 自评表 appendix, seed 004. */
    SELF_SUMMARY("部门整体绩效自评结果（摘要版）");

    private final String titleSuffix;

    ReportKind(String titleSuffix) {
        this.titleSuffix = titleSuffix;
    }

    public String titleSuffix() {
        return titleSuffix;
    }
}
