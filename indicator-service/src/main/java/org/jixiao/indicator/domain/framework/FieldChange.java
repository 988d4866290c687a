package org.jixiao.indicator.domain.framework;

/** One field of a node that differs between two versions; {@code null} stands for "not set". */
public record FieldChange(String field, Object oldValue, Object newValue) {
}
