package org.jixiao.indicator.domain.framework;

/** ERROR blocks saving or submitting; WARNING is shown to the person but does not block. */
public enum Severity {
    ERROR,
    WARNING
}
