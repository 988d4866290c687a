package org.jixiao.report.domain.model;

import java.util.List;

/** 评价目的 / 范围 / 依据 / 方法 / 工作过程 and who commissioned and carried out the evaluation. */
public record FrontMatter(
        String commissionedBy,
        String evaluatorOrg,
        String purpose,
        String scope,
        List<String> basis,
        List<String> methods,
        List<Phase> phases) {

    public FrontMatter {
        basis = basis == null ? List.of() : List.copyOf(basis);
        methods = methods == null ? List.of() : List.copyOf(methods);
        phases = phases == null ? List.of() : List.copyOf(phases);
    }

    public static FrontMatter empty() {
        return new FrontMatter(null, null, null, null, List.of(), List.of(), List.of());
    }
}
