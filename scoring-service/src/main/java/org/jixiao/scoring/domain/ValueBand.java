package org.jixiao.scoring.domain;

import java.math.BigDecimal;

/** One step of a {@link ScoringMethod#BANDED} table: an actual value ≤ {@code upperInclusive} earns {@code points}. */
public record ValueBand(BigDecimal upperInclusive, BigDecimal points) {
}
