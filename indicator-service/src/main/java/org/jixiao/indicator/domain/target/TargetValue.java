package org.jixiao.indicator.domain.target;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A parsed 指标值.
 *
 * <p>Conventions:
 * <ul>
 *   <li>{@code value} is exactly the number written ({@code 90%} → 90 with measureUnit {@code %}, never 0.9),
 *       scale preserved ({@code 121057.86}).</li>
 *   <li>{@code operator} is what was written; {@code null} when the person wrote a bare quantity. A bare
 *       quantity reads as {@code AT_LEAST} (seed 004 新增就业岗位 {@code 800 个} is scored 正向), except a bare
 *       zero ({@code 0起}), which can only mean {@code AT_MOST}.</li>
 *   <li>{@code measureUnit} is {@code null} when none was written: 元 and 万元 are never guessed.</li>
 *   <li>{@code kind} is {@code null} exactly when the target is numeric (direction ≠ QUALITATIVE).</li>
 *   <li>{@code rankLimit} is set only for {@link QualitativeKind#RANK}.</li>
 * </ul>
 */
public record TargetValue(
        String originalText,
        Direction direction,
        Comparison operator,
        BigDecimal value,
        String measureUnit,
        QualitativeKind kind,
        Integer rankLimit) {

    public TargetValue {
        Objects.requireNonNull(originalText, "originalText");
        Objects.requireNonNull(direction, "direction");
        if ((kind == null) == (direction == Direction.QUALITATIVE)) {
            throw new IllegalArgumentException("kind must be set exactly for QUALITATIVE targets");
        }
        if ((rankLimit != null) != (kind == QualitativeKind.RANK)) {
            throw new IllegalArgumentException("rankLimit must be set exactly for RANK targets");
        }
    }

    public boolean isNumeric() {
        return kind == null;
    }

    /** Same meaning, whatever spelling it was parsed from: every component except {@code originalText}. */
    public boolean sameMeaningAs(TargetValue other) {
        return other != null
                && direction == other.direction
                && operator == other.operator
                && Objects.equals(value, other.value)
                && Objects.equals(measureUnit, other.measureUnit)
                && kind == other.kind
                && Objects.equals(rankLimit, other.rankLimit);
    }

    /** The same meaning with a different original text (used when the text came from several table columns). */
    public TargetValue withOriginalText(String text) {
        return new TargetValue(text, direction, operator, value, measureUnit, kind, rankLimit);
    }
}
