package org.jixiao.report.domain.model;

import java.util.List;

/**
 * 评价目的 / 范围 / 依据 / 方法 / 工作过程, who commissioned and carried out the evaluation, the grade scheme's bands
 * (等级划分) and the questionnaires collected (数据采集).
 */
public record FrontMatter(
        String commissionedBy,
        String evaluatorOrg,
        String purpose,
        String scope,
        List<String> basis,
        List<String> methods,
        List<Phase> phases,
        List<GradeBand> gradeBands,
        List<SurveySample> surveys) {

    public FrontMatter {
        basis = basis == null ? List.of() : List.copyOf(basis);
        methods = methods == null ? List.of() : List.copyOf(methods);
        phases = phases == null ? List.of() : List.copyOf(phases);
        gradeBands = gradeBands == null ? List.of() : List.copyOf(gradeBands);
        surveys = surveys == null ? List.of() : List.copyOf(surveys);
    }

    public static FrontMatter empty() {
        return new FrontMatter(null, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
