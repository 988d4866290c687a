package org.jixiao.budget.domain;

/** Kind of budget unit (预算单位类型). */
public enum UnitType {
    /** 街道办事处 */
    SUB_DISTRICT_OFFICE,
    /** 乡镇 */
    TOWNSHIP,
    /** 部门 / 局 */
    DEPARTMENT,
    /** 事业单位 */
    PUBLIC_INSTITUTION,
    OTHER
}
