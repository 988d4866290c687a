package org.jixiao.report.domain.findings;

/** How serious a finding is; HIGH covers breaches of law or regulation (预算法, 财资〔2020〕97号). */
public enum Severity {
    LOW("一般"),
    MEDIUM("较重"),
    HIGH("严重");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
