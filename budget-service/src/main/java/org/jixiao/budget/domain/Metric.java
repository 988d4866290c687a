package org.jixiao.budget.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One computed fiscal metric, carrying everything a person needs to check it by hand.
 *
 * @param name            GLOSSARY identifier, e.g. {@code executionRate}
 * @param formula         the formula in GLOSSARY identifiers
 * @param inputs          the figures used (元, or counts for staff), in formula order
 * @param value           percent, HALF_UP to 2 decimals; null when the ratio is undefined
 * @param undefinedReason why there is no value (a zero divisor, a missing input); null when there is one
 */
@Schema(name = "FiscalMetric", description = "One fiscal metric with everything needed to check it by hand: "
        + "value (percent, 2 decimals, a decimal string) or, when the ratio is undefined, undefinedReason")
public record Metric(
        @Schema(required = true, description = "GLOSSARY identifier", example = "executionRate") String name,
        @Schema(required = true, description = "the formula in GLOSSARY identifiers",
                example = "actualExpenditure / adjustedBudget * 100") String formula,
        @Schema(required = true, description = "the figures used, in formula order: amounts in 元 (decimal strings), "
                + "head counts for staff") Map<String, BigDecimal> inputs,
        @Schema(description = "percent, HALF_UP to 2 decimals; null when the ratio is undefined", example = "98.75")
        BigDecimal value,
        @Schema(description = "why there is no value (a zero divisor, a missing input); null when there is one")
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
