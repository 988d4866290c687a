package org.jixiao.indicator.domain.framework;

/** 共性指标 (set by finance) or 个性指标 (added by the unit). */
public enum IndicatorOrigin {
    COMMON,
    SPECIFIC
}
