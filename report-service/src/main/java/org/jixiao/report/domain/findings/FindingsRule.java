package org.jixiao.report.domain.findings;

import java.util.Objects;

/**
 * A catalogue entry kept as data: when {@code condition} (see {@link Condition} for the grammar) holds over the
 * facts, the finding and recommendation templates are filled in ({@code ${fact}}, {@code ${fact:万元}},
 * {@code ${fact:%}}).
 */
public record FindingsRule(
        String id,
        String condition,
        Severity severity,
        String findingTemplate,
        String recommendationTemplate,
        String citation) {

    public FindingsRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(findingTemplate, "findingTemplate");
    }
}
