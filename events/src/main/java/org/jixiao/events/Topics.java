package org.jixiao.events;

import java.util.List;

/** Kafka topic names; each topic carries one CloudEvent type, keyed by unit code. */
public final class Topics {
    public static final String EVALUATION_FINALIZED = "jixiao.evaluation.finalized";
    public static final String REPORT_GENERATED = "jixiao.report.generated";
    public static final String BUDGET_UPDATED = "jixiao.budget.updated";
    public static final String FRAMEWORK_PUBLISHED = "jixiao.framework.published";
    public static final String DECLARATION_APPROVED = "jixiao.declaration.approved";

    public static final List<String> ALL = List.of(
            EVALUATION_FINALIZED, REPORT_GENERATED, BUDGET_UPDATED, FRAMEWORK_PUBLISHED, DECLARATION_APPROVED);

    private Topics() {
    }
}
