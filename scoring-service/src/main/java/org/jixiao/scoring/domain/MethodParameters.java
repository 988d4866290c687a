package org.jixiao.scoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Optional per-method configuration of a leaf rule. Every field may be null; only the method that uses a field reads it.
 *
 * @param gradeTable            {@link ScoringMethod#GRADE}: label → fraction of the weight (0..1); null means
 *                              {@link #FIVE_LEVEL_GRADES}
 * @param bands                 {@link ScoringMethod#BANDED}: steps in strictly ascending order of upper bound
 * @param pointsAboveBands      {@link ScoringMethod#BANDED}: points for a value above the last band; null means 0
 * @param deductionPerViolation {@link ScoringMethod#DEDUCTION}: points deducted per violation
 * @param rankLimit             {@link ScoringMethod#RANK_WITHIN}: N of 前 N; null means the rule's target
 */
public record MethodParameters(Map<String, BigDecimal> gradeTable,
                               List<ValueBand> bands,
                               BigDecimal pointsAboveBands,
                               BigDecimal deductionPerViolation,
                               Integer rankLimit) {

    /** 优良中低差, the default qualitative scale. */
    public static final Map<String, BigDecimal> FIVE_LEVEL_GRADES = table(
            "优", "1.0", "良", "0.8", "中", "0.6", "低", "0.4", "差", "0");

    /**
     * 高中低. No seed fixes its fractions; they mirror the five-level table's labels (高 = 优, 中 = 中, 低 = 低)
     * so one label never means two fractions. Configure another table where a framework says otherwise.
     */
    public static final Map<String, BigDecimal> HIGH_MEDIUM_LOW_GRADES = table(
            "高", "1.0", "中", "0.6", "低", "0.4");

    /**
     * 财预〔2020〕10号's three-level achievement scale. 部分达成 = half the points is this table's choice; frameworks
     * that score partial achievement proportionally should use a ratio method instead.
     */
    public static final Map<String, BigDecimal> ACHIEVEMENT_GRADES = table(
            "达成", "1.0", "部分达成", "0.5", "未达成", "0");

    /** No parameters: every method that needs none, and GRADE with the default table. */
    public static final MethodParameters NONE = new MethodParameters(null, null, null, null, null);

    public MethodParameters {
        gradeTable = gradeTable == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(gradeTable));
        bands = bands == null ? null : Collections.unmodifiableList(new ArrayList<>(bands));
    }

    public static MethodParameters grades(Map<String, BigDecimal> gradeTable) {
        return new MethodParameters(gradeTable, null, null, null, null);
    }

    public static MethodParameters bands(List<ValueBand> bands, BigDecimal pointsAboveBands) {
        return new MethodParameters(null, bands, pointsAboveBands, null, null);
    }

    public static MethodParameters deduction(BigDecimal deductionPerViolation) {
        return new MethodParameters(null, null, null, deductionPerViolation, null);
    }

    public static MethodParameters rankWithin(int rankLimit) {
        return new MethodParameters(null, null, null, null, rankLimit);
    }

    /** The grade table in force: the configured one, else {@link #FIVE_LEVEL_GRADES}. */
    public Map<String, BigDecimal> gradeTableInForce() {
        return gradeTable == null ? FIVE_LEVEL_GRADES : gradeTable;
    }

    private static Map<String, BigDecimal> table(String... labelFractionPairs) {
        Map<String, BigDecimal> t = new LinkedHashMap<>();
        for (int i = 0; i < labelFractionPairs.length; i += 2) {
            t.put(labelFractionPairs[i], new BigDecimal(labelFractionPairs[i + 1]));
        }
        return Collections.unmodifiableMap(t);
    }
}
