package org.jixiao.scoring.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Scores the unit reported for itself above leaf level (自评表 category totals and the overall total), to be compared
 * with the recomputed ones. Leaf-level self scores travel in {@link LeafInput#selfReportedScore()}.
 *
 * @param byNodeCode reported score per branch (or leaf) code; may be empty
 * @param total      the reported overall total; null when not reported
 */
public record ReportedScores(Map<String, BigDecimal> byNodeCode, BigDecimal total) {

    public static final ReportedScores NONE = new ReportedScores(Map.of(), null);

    public ReportedScores {
        byNodeCode = byNodeCode == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(byNodeCode));
    }
}
