package org.jixiao.report.domain.findings;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How serious a finding is; HIGH covers breaches of law or regulation (预算法, 财资〔2020〕97号). */
@Schema(name = "FindingSeverity", description = "How serious a finding is: LOW 一般, MEDIUM 较重, HIGH 严重 (breaches of "
        + "law or regulation)")
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
