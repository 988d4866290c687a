package org.jixiao.report.domain.findings;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One 存在问题 with its 有关建议. {@code ruleId} is null for items an evaluator typed in.
 * {@code triggeringValues} are the facts the rule's condition read, in order of appearance.
 */
public record Finding(
        String ruleId,
        Severity severity,
        String text,
        String recommendation,
        String citation,
        Map<String, Object> triggeringValues) {

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(text, "text");
        triggeringValues = triggeringValues == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(triggeringValues));
    }

    /** An item entered by the evaluator rather than produced by a rule. */
    public static Finding entered(Severity severity, String text, String recommendation) {
        return new Finding(null, severity, text, recommendation, null, Map.of());
    }

    public boolean isEntered() {
        return ruleId == null;
    }
}
