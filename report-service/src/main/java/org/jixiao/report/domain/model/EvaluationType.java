package org.jixiao.report.domain.model;

/** 评价类型: who evaluates. */
public enum EvaluationType {
    SELF("单位自评"),
    DEPARTMENT("部门评价"),
    FINANCE("财政评价");

    private final String label;

    EvaluationType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
