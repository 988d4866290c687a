package org.jixiao.commons.security;

import java.util.List;

/** The roles a token may carry in its {@code groups} claim (see docs/security.md for what each may do). */
public final class Roles {
    /** 财政部门绩效管理: manages frameworks, grade schemes, findings rules; approves and finalizes. */
    public static final String FINANCE_ADMIN = "finance-admin";
    /** 第三方评价机构: scores the evaluations assigned to its agency. */
    public static final String EVALUATOR = "evaluator";
    /** 区县财政系统: pushes budgets and imports for units inside its region. */
    public static final String DISTRICT_SYSTEM = "district-system";
    /** 预算单位填报人: edits its own unit's declaration and self-evaluation, submits. */
    public static final String UNIT_REPORTER = "unit-reporter";
    /** Reads within its region. */
    public static final String VIEWER = "viewer";

    public static final List<String> ALL = List.of(FINANCE_ADMIN, EVALUATOR, DISTRICT_SYSTEM, UNIT_REPORTER, VIEWER);

    private Roles() {
    }
}
