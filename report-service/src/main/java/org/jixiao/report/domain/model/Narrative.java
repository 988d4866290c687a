package org.jixiao.report.domain.model;

import java.util.List;

/**
 * Text only a person can write (部门概况, 年度绩效目标, 主要成效 …). It is captured as fields of the evaluation
 * and copied into the report verbatim; the report service never invents it.
 */
public record Narrative(
        String unitProfile,
        List<String> annualGoals,
        String achievements,
        String resultApplication,
        String otherMatters) {

    public Narrative {
        annualGoals = annualGoals == null ? List.of() : List.copyOf(annualGoals);
    }

    public static Narrative empty() {
        return new Narrative(null, List.of(), null, null, null);
    }
}
