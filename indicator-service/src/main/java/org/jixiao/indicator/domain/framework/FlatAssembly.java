package org.jixiao.indicator.domain.framework;

import java.util.List;

/**
 * The tree built from flat rows and everything found wrong on the way. {@code topLevel} is empty when the
 * rows do not form a tree (unknown parent, cycle, duplicate code, too deep, leaf under leaf).
 */
public record FlatAssembly(List<IndicatorDefinition> topLevel, List<ValidationIssue> issues) {

    public FlatAssembly {
        topLevel = List.copyOf(topLevel);
        issues = List.copyOf(issues);
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(i -> i.severity() == Severity.ERROR);
    }
}
