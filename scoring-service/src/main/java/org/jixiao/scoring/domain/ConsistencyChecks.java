package org.jixiao.scoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * SCORING.md §5: inconsistencies in what was configured or reported. They are flagged, never silently fixed; the
 * engine refuses such input, these checks describe it (e.g. when importing a published report).
 */
public final class ConsistencyChecks {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ConsistencyChecks() {
    }

    /** Branches whose children's weights do not add up to them, and a top level that does not add up to 100. */
    public static List<Flag> checkWeights(List<IndicatorNode> topLevel) {
        List<Flag> flags = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (IndicatorNode n : topLevel) {
            if (n != null && n.weight() != null) {
                sum = sum.add(n.weight());
                checkWeightsBelow(n, flags);
            }
        }
        if (sum.compareTo(HUNDRED) != 0) {
            flags.add(new Flag(Flag.TOP_LEVEL_NOT_100, null, "一级指标分值合计 " + sum.toPlainString() + "，不等于 100"));
        }
        return flags;
    }

    private static void checkWeightsBelow(IndicatorNode node, List<Flag> flags) {
        if (!node.hasChildren()) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (IndicatorNode c : node.children()) {
            if (c != null && c.weight() != null) {
                sum = sum.add(c.weight());
                checkWeightsBelow(c, flags);
            }
        }
        if (sum.compareTo(node.weight()) != 0) {
            flags.add(new Flag(Flag.WEIGHTS_DO_NOT_SUM, node.code(), "「" + node.name() + "」下级分值合计 "
                    + sum.toPlainString() + "，不等于其分值 " + node.weight().toPlainString()));
        }
    }

    /**
     * A score table as printed: rows above their weight or negative, a stated total that is not the sum of the rows,
     * a stated total weight that is not the sum of the row weights. When both totals miss by one row's worth (seed
     * 004: 26 分值 and 23.16 分 missing), the message says a row is probably missing.
     *
     * @param statedWeightTotal the table's 合计 分值, or null when not printed
     * @param statedScoreTotal  the table's 合计 得分, or null when not printed
     */
    public static List<Flag> checkReportedTable(String tableCode, List<ReportedRow> rows, BigDecimal statedWeightTotal,
                                                BigDecimal statedScoreTotal) {
        List<Flag> flags = new ArrayList<>();
        BigDecimal weightSum = BigDecimal.ZERO;
        BigDecimal scoreSum = BigDecimal.ZERO;
        for (ReportedRow row : rows) {
            if (row.weight() != null) {
                weightSum = weightSum.add(row.weight());
            }
            if (row.score() != null) {
                scoreSum = scoreSum.add(row.score());
                if (row.score().signum() < 0 || (row.weight() != null && row.score().compareTo(row.weight()) > 0)) {
                    flags.add(new Flag(Flag.SCORE_OUT_OF_RANGE, tableCode, "「" + row.label() + "」得分 "
                            + row.score().toPlainString() + " 不在 0 到分值 "
                            + (row.weight() == null ? "?" : row.weight().toPlainString()) + " 之间"));
                }
            }
        }
        BigDecimal weightGap = statedWeightTotal == null ? null : statedWeightTotal.subtract(weightSum);
        BigDecimal scoreGap = statedScoreTotal == null ? null : statedScoreTotal.subtract(scoreSum);
        String missingRowHint = weightGap != null && scoreGap != null && weightGap.signum() > 0 && scoreGap.signum() > 0
                && scoreGap.compareTo(weightGap) <= 0
                ? "；差额像是漏列了一行（分值 " + weightGap.toPlainString() + "，得分 " + scoreGap.toPlainString() + "）"
                : "";
        if (weightGap != null && weightGap.signum() != 0) {
            flags.add(new Flag(Flag.REPORTED_WEIGHT_TOTAL_MISMATCH, tableCode, "表列分值合计 " + statedWeightTotal.toPlainString()
                    + "，各行之和为 " + weightSum.toPlainString() + missingRowHint));
        }
        if (scoreGap != null && scoreGap.signum() != 0) {
            flags.add(new Flag(Flag.REPORTED_TOTAL_MISMATCH, tableCode, "表列得分合计 " + statedScoreTotal.toPlainString()
                    + "，各行之和为 " + scoreSum.toPlainString() + missingRowHint));
        }
        return flags;
    }

    /** Nodes of a scored tree (computed or imported) outside [0, weight] or not equal to the sum of their children. */
    public static List<Flag> checkScoredTree(List<ScoredNode> topLevel) {
        List<Flag> flags = new ArrayList<>();
        for (ScoredNode n : topLevel) {
            checkScored(n, flags);
        }
        return flags;
    }

    private static void checkScored(ScoredNode node, List<Flag> flags) {
        if (node.score().signum() < 0 || node.score().compareTo(node.weight()) > 0) {
            flags.add(new Flag(Flag.SCORE_OUT_OF_RANGE, node.code(), "「" + node.name() + "」得分 "
                    + node.score().toPlainString() + " 不在 0 到分值 " + node.weight().toPlainString() + " 之间"));
        }
        if (node.children().isEmpty()) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (ScoredNode c : node.children()) {
            sum = sum.add(c.score());
            checkScored(c, flags);
        }
        if (sum.compareTo(node.score()) != 0) {
            flags.add(new Flag(Flag.NODE_NOT_SUM_OF_CHILDREN, node.code(), "「" + node.name() + "」得分 "
                    + node.score().toPlainString() + "，下级得分之和为 " + sum.toPlainString()));
        }
    }

    /** 基本支出 + 项目支出 must equal the stated total expenditure (seed 003 states 项目支出 = the whole total). */
    public static List<Flag> checkExpenditureSplit(BigDecimal basic, BigDecimal project, BigDecimal total) {
        BigDecimal sum = basic.add(project);
        if (sum.compareTo(total) == 0) {
            return List.of();
        }
        return List.of(new Flag(Flag.EXPENDITURE_SPLIT_MISMATCH, null, "基本支出 " + basic.toPlainString() + " + 项目支出 "
                + project.toPlainString() + " = " + sum.toPlainString() + "，不等于支出合计 " + total.toPlainString()));
    }
}
