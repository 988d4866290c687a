package org.jixiao.budget.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Kind of budget unit (预算单位类型). */
@Schema(name = "UnitType", description = "SUB_DISTRICT_OFFICE 街道办事处, TOWNSHIP 乡镇, DEPARTMENT 部门/局, "
        + "PUBLIC_INSTITUTION 事业单位, OTHER")
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
