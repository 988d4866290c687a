package org.jixiao.scoring.domain;

/** 评价类型: 单位自评, 部门评价, 财政评价 (including third-party agencies commissioned by finance). */
public enum EvaluationType {
    SELF, DEPARTMENT, FINANCE
}
