package org.jixiao.budget.domain;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of validating a detail list: the value when nothing was wrong, else every error found.
 *
 * @param value  the validated value; null exactly when there are errors
 * @param errors every problem, in request order; empty when valid
 */
public record Validated<T>(T value, List<DetailIssue> errors) {

    public Validated {
        errors = List.copyOf(Objects.requireNonNull(errors, "errors"));
        if ((value == null) == errors.isEmpty()) {
            throw new IllegalArgumentException("exactly one of a value and errors");
        }
    }

    static <T> Validated<T> of(T value, List<DetailIssue> errors) {
        return errors.isEmpty() ? new Validated<>(value, List.of()) : new Validated<>(null, errors);
    }

    public boolean isValid() {
        return value != null;
    }
}
