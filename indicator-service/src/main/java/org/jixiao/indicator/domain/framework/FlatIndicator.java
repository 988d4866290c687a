package org.jixiao.indicator.domain.framework;

/**
 * One row of a framework stored or imported as a flat list (database rows, Excel): the node without its
 * children plus the code of its parent ({@code null} or blank for a top-level node).
 */
public record FlatIndicator(String parentCode, IndicatorDefinition definition) {
}
