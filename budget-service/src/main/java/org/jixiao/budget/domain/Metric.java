package org.jixiao.budget.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One computed fiscal metric, carrying everything a person needs to check it by hand.
 *
 * @param name            GLOSSARY identifier, e.g. {@code executionRate}
 * @param formula         the formula in GLOSSARY identifiers
 * @param inputs          the figures used (元, or counts for staff), in formula order
 * @param value           percent, HALF_UP to 2 decimals; null when the ratio is undefined
 * @param undefinedReason why there is no value (a zero divisor, a missing input); null when there is one
 */
public record Metric(String name, String formula, Map<String, BigDecimal> inputs, BigDecimal value,
                     String undefinedReason) {

    public Metric {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(inputs, "inputs");
        if ((value == null) == (undefinedReason == null)) {
            throw new IllegalArgumentException(name + ": exactly one of value and undefinedReason must be given");
        }
        // Keep the formula's order for display; Map.copyOf would lose it.
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        if (inputs.containsKey(null) || inputs.containsValue(null)) {
            throw new IllegalArgumentException(name + ": inputs must not hold nulls");
        }
        if (value != null) {
            value = value.setScale(2, RoundingMode.HALF_UP);
        }
    }

    public boolean isDefined() {
        return value != null;
    }
}
