package org.jixiao.indicator.domain.framework;

import java.util.Objects;

/**
 * One finding about a framework or declaration.
 *
 * @param path     the node, as its codes from the top joined by {@code /} (e.g. {@code G1/OUT/QTY/L3}); a node
 *                 without code appears as {@code #index}; the empty string means the framework as a whole
 * @param code     stable machine code (constants in {@link FrameworkValidator} and DeclarationQualityChecks)
 * @param message  explanation for the person who edits the framework (Chinese)
 * @param severity whether it blocks
 */
public record ValidationIssue(String path, String code, String message, Severity severity) {

    public ValidationIssue {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
    }

    public static ValidationIssue error(String path, String code, String message) {
        return new ValidationIssue(path, code, message, Severity.ERROR);
    }

    public static ValidationIssue warning(String path, String code, String message) {
        return new ValidationIssue(path, code, message, Severity.WARNING);
    }
}
