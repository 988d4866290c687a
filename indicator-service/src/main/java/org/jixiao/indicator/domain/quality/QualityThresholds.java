package org.jixiao.indicator.domain.quality;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Tunable limits of the declaration checks (per framework or jurisdiction, never a code branch).
 *
 * @param maxQualitativeShare share of qualitative leaves above which QUALITATIVE_SHARE_HIGH is raised, as a
 *                            fraction in [0, 1] (0.30 = 30%)
 */
public record QualityThresholds(BigDecimal maxQualitativeShare) {

    public static final QualityThresholds DEFAULT = new QualityThresholds(new BigDecimal("0.30"));

    public QualityThresholds {
        Objects.requireNonNull(maxQualitativeShare, "maxQualitativeShare");
        if (maxQualitativeShare.signum() < 0 || maxQualitativeShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("maxQualitativeShare must be within [0, 1]");
        }
    }
}
