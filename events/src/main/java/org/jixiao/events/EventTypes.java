package org.jixiao.events;

/** CloudEvent {@code type} attribute of each integration event. */
public final class EventTypes {
    public static final String EVALUATION_FINALIZED = "org.jixiao.evaluation.finalized";
    public static final String REPORT_GENERATED = "org.jixiao.report.generated";
    public static final String BUDGET_UPDATED = "org.jixiao.budget.updated";
    public static final String FRAMEWORK_PUBLISHED = "org.jixiao.framework.published";
    public static final String DECLARATION_APPROVED = "org.jixiao.declaration.approved";

    private EventTypes() {
    }
}
