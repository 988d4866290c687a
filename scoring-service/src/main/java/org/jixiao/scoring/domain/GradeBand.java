package org.jixiao.scoring.domain;

import java.math.BigDecimal;

/** One grade of a {@link GradeScheme}: totals from {@code lowerInclusive} up to the next band's lower bound (exclusive). */
public record GradeBand(String label, BigDecimal lowerInclusive) {
}
