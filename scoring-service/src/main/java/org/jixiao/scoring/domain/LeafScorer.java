package org.jixiao.scoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Scores one leaf indicator by its method and input state (SCORING.md §1). The engine calls the package-private entry
 * point on its hot path with a reused {@link Work}; {@link #score(IndicatorNode, LeafInput)} is the stand-alone form.
 *
 * <p>Every score is in [0, weight]: weights have at most 2 decimals, so rounding a value ≤ weight HALF_UP to 2 decimals
 * can never exceed it, and all inputs are refused when negative.
 */
public final class LeafScorer {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int SCALE = 2;
    private static final RoundingMode HALF_UP = RoundingMode.HALF_UP;
    private static final BigDecimal MAX_RANK = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal ZERO_SCORE = BigDecimal.ZERO.setScale(SCALE);

    private LeafScorer() {
    }

    /** Scores one leaf on its own, or throws {@link ScoringInputException} listing every problem of leaf and input. */
    public static ScoredNode score(IndicatorNode leaf, LeafInput input) {
        Work work = new Work();
        ScoredNode scored = null;
        if (leaf == null) {
            work.error("indicators[?]", "REQUIRED", "缺少指标");
        } else if (leaf.hasChildren()) {
            work.error(nodeField(leaf.code(), null, 0), "NOT_A_LEAF", "该指标有下级指标，不能按末级指标计分");
        } else if (checkNodeShape(leaf, nodeField(leaf.code(), null, 0), work) && checkRule(leaf, work)) {
            scored = score(leaf, input, work);
        }
        if (!work.errors.isEmpty()) {
            throw new ScoringInputException(work.errors);
        }
        return scored;
    }

    /** Mutable scratch state reused across the leaves of one scoring run, so the hot path allocates little. */
    static final class Work {
        final List<InputError> errors = new ArrayList<>();
        final StringBuilder sb = new StringBuilder(160);
        final StringBuilder formulaSb = new StringBuilder(96);
        List<Flag> leafFlags;

        void error(String field, String code, String message) {
            errors.add(new InputError(field, code, message));
        }

        void flag(String code, String nodeCode, String message) {
            if (leafFlags == null) {
                leafFlags = new ArrayList<>(2);
            }
            leafFlags.add(new Flag(code, nodeCode, message));
        }

        List<Flag> takeFlags() {
            List<Flag> f = leafFlags == null ? List.of() : Collections.unmodifiableList(leafFlags);
            leafFlags = null;
            return f;
        }
    }

    // ---------------------------------------------------------------------------------------------------- validation

    static String nodeField(String code, String parentField, int index) {
        if (code != null && !code.isBlank()) {
            return "indicators[" + code + "]";
        }
        return parentField == null ? "indicators[" + index + "]" : parentField + ".children[" + index + "]";
    }

    /** Code and weight of any node; false when scoring it is pointless. */
    static boolean checkNodeShape(IndicatorNode node, String field, Work work) {
        boolean ok = true;
        if (node.code() == null || node.code().isBlank()) {
            work.error(field + ".code", "REQUIRED", "指标须有代码");
            ok = false;
        }
        BigDecimal w = node.weight();
        if (w == null) {
            work.error(field + ".weight", "REQUIRED", "指标须有分值");
            ok = false;
        } else if (w.signum() < 0) {
            work.error(field + ".weight", "NEGATIVE_VALUE", "分值不能为负：" + w.toPlainString());
            ok = false;
        } else if (w.scale() > SCALE && w.stripTrailingZeros().scale() > SCALE) {
            work.error(field + ".weight", "TOO_MANY_DECIMALS", "分值最多两位小数：" + w.toPlainString());
            ok = false;
        }
        return ok;
    }

    /** The rule of a leaf whose shape is valid: present, and configured as its method needs. */
    static boolean checkRule(IndicatorNode leaf, Work work) {
        LeafRule rule = leaf.rule();
        if (rule == null) {
            work.error("indicators[" + leaf.code() + "].rule", "REQUIRED", "末级指标须有计分规则");
            return false;
        }
        ScoringMethod method = rule.method();
        if (method == null) {
            work.error(ruleField(leaf, "method"), "REQUIRED", "计分规则须指明计分方法");
            return false;
        }
        int before = work.errors.size();
        BigDecimal t = rule.target();
        if (t != null && t.signum() < 0) {
            work.error(ruleField(leaf, "target"), "NEGATIVE_VALUE", "指标值不能为负：" + t.toPlainString());
        }
        MethodParameters p = rule.parameters();
        switch (method) {
            case RATIO_AT_LEAST, RATIO_AT_MOST, EQUALS -> requireTarget(leaf, t, work);
            case SATISFACTION -> {
                requireTarget(leaf, t, work);
                if (t != null && t.compareTo(HUNDRED) > 0) {
                    work.error(ruleField(leaf, "target"), "ABOVE_100", "满意度目标是百分数，不能超过 100：" + t.toPlainString());
                }
            }
            case RANK_WITHIN -> checkRankLimit(leaf, t, p, work);
            case GRADE -> checkGradeTable(leaf, p, work);
            case BANDED -> checkBands(leaf, p, work);
            case DEDUCTION -> {
                BigDecimal d = p.deductionPerViolation();
                if (d == null) {
                    work.error(ruleField(leaf, "parameters.deductionPerViolation"), "REQUIRED", "扣分法须指明每次违规扣几分");
                } else if (d.signum() < 0) {
                    work.error(ruleField(leaf, "parameters.deductionPerViolation"), "NEGATIVE_VALUE",
                            "每次扣分不能为负：" + d.toPlainString());
                }
            }
            case ZERO_TOLERANCE, BINARY, EXECUTION_RATE, MANUAL -> {
                // nothing to configure
            }
        }
        return work.errors.size() == before;
    }

    private static String ruleField(IndicatorNode leaf, String suffix) {
        return "indicators[" + leaf.code() + "].rule." + suffix;
    }

    private static void requireTarget(IndicatorNode leaf, BigDecimal t, Work work) {
        if (t == null) {
            work.error(ruleField(leaf, "target"), "REQUIRED", "计分方法 " + leaf.rule().method() + " 须有数值指标值");
        }
    }

    private static void checkRankLimit(IndicatorNode leaf, BigDecimal t, MethodParameters p, Work work) {
        if (p.rankLimit() != null) {
            if (p.rankLimit() < 1) {
                work.error(ruleField(leaf, "parameters.rankLimit"), "INVALID_RANK", "前 N 名的 N 须不小于 1：" + p.rankLimit());
            }
        } else if (t == null) {
            work.error(ruleField(leaf, "parameters.rankLimit"), "REQUIRED", "排名指标须指明前几名（rankLimit 或指标值）");
        } else if (!isInteger(t) || t.signum() == 0 || t.compareTo(MAX_RANK) > 0) {
            work.error(ruleField(leaf, "target"), "INVALID_RANK", "排名指标值须为正整数：" + t.toPlainString());
        }
    }

    private static void checkGradeTable(IndicatorNode leaf, MethodParameters p, Work work) {
        Map<String, BigDecimal> table = p.gradeTable();
        if (table == null) {
            return;
        }
        if (table.isEmpty()) {
            work.error(ruleField(leaf, "parameters.gradeTable"), "REQUIRED", "等级表不能为空");
        }
        for (Map.Entry<String, BigDecimal> e : table.entrySet()) {
            String label = e.getKey();
            BigDecimal f = e.getValue();
            if (label == null || label.isBlank()) {
                work.error(ruleField(leaf, "parameters.gradeTable"), "REQUIRED", "等级表中有空白等级名称");
            } else if (f == null || f.signum() < 0 || f.compareTo(BigDecimal.ONE) > 0) {
                work.error(ruleField(leaf, "parameters.gradeTable[" + label + "]"), "FRACTION_OUT_OF_RANGE",
                        "等级得分比例须在 0 到 1 之间：" + (f == null ? "空" : f.toPlainString()));
            }
        }
    }

    private static void checkBands(IndicatorNode leaf, MethodParameters p, Work work) {
        List<ValueBand> bands = p.bands();
        BigDecimal w = leaf.weight();
        if (bands == null || bands.isEmpty()) {
            work.error(ruleField(leaf, "parameters.bands"), "REQUIRED", "分档计分须有分档表");
            return;
        }
        BigDecimal previous = null;
        for (int i = 0; i < bands.size(); i++) {
            ValueBand band = bands.get(i);
            String field = ruleField(leaf, "parameters.bands[" + i + "]");
            if (band == null || band.upperInclusive() == null || band.points() == null) {
                work.error(field, "REQUIRED", "分档须有上限和得分");
                continue;
            }
            checkPoints(field + ".points", band.points(), w, work);
            if (previous != null && band.upperInclusive().compareTo(previous) <= 0) {
                work.error(field + ".upperInclusive", "BANDS_NOT_ASCENDING",
                        "分档上限须严格递增：" + band.upperInclusive().toPlainString() + " 不大于 " + previous.toPlainString());
            }
            previous = band.upperInclusive();
        }
        if (p.pointsAboveBands() != null) {
            checkPoints(ruleField(leaf, "parameters.pointsAboveBands"), p.pointsAboveBands(), w, work);
        }
    }

    private static void checkPoints(String field, BigDecimal points, BigDecimal w, Work work) {
        if (points.signum() < 0 || points.compareTo(w) > 0) {
            work.error(field, "POINTS_OUT_OF_RANGE",
                    "分档得分须在 0 到分值 " + w.toPlainString() + " 之间：" + points.toPlainString());
        }
    }

    /** The name people know the indicator by, falling back to its code. */
    static String label(IndicatorNode node) {
        return node.name() == null || node.name().isBlank() ? node.code() : node.name();
    }

    static boolean isInteger(BigDecimal x) {
        return x.signum() == 0 || x.scale() <= 0 || x.stripTrailingZeros().scale() <= 0;
    }

    // ------------------------------------------------------------------------------------------------------- scoring

    /**
     * Scores a leaf whose shape and rule were checked. Returns null when the input was refused (errors are in
     * {@code work}). A 不适用 leaf comes back with weight 0 so that the parent's weight in force excludes it.
     */
    static ScoredNode score(IndicatorNode leaf, LeafInput in, Work work) {
        String code = leaf.code();
        if (in == null) {
            work.error("inputs[" + code + "]", "MISSING_INPUT",
                    "缺少该指标的完成情况；无法取得资料请标记 DATA_UNAVAILABLE，不适用请标记 NOT_APPLICABLE");
            return null;
        }
        int errorsBefore = work.errors.size();
        work.leafFlags = null;
        if (in.leafCode() != null && !in.leafCode().equals(code)) {
            work.error("inputs[" + code + "].leafCode", "LEAF_CODE_MISMATCH",
                    "输入的指标代码「" + in.leafCode() + "」与键「" + code + "」不一致");
        }
        BigDecimal self = in.selfReportedScore();
        if (self != null && self.signum() < 0) {
            work.error("inputs[" + code + "].selfReportedScore", "NEGATIVE_VALUE", "自评得分不能为负：" + self.toPlainString());
        }
        InputState state = in.state();
        if (state == null) {
            work.error("inputs[" + code + "].state", "REQUIRED", "须指明完成情况的状态（VALUE / DATA_UNAVAILABLE / NOT_APPLICABLE / MANUAL）");
            return null;
        }
        BigDecimal w = leaf.weight();
        StringBuilder sb = work.sb;
        sb.setLength(0);
        BigDecimal weightInForce = w;
        BigDecimal score;
        BigDecimal formulaScore = null;
        switch (state) {
            case NOT_APPLICABLE -> {
                weightInForce = BigDecimal.ZERO;
                score = ZERO_SCORE;
                sb.append("不适用（原分值 ").append(w.setScale(SCALE, HALF_UP).toPlainString());
                appendReason(sb, in.reason());
                sb.append("）→ 剔除，总分按适用分值折算为百分制");
                work.flag(Flag.NOT_APPLICABLE_RESCALED, code, "「" + label(leaf) + "」不适用，剔除分值 "
                        + w.setScale(SCALE, HALF_UP).toPlainString() + " 分，总分按比例折算");
            }
            case DATA_UNAVAILABLE -> {
                score = ZERO_SCORE;
                sb.append("无法取得相关资料");
                if (in.reason() != null && !in.reason().isBlank()) {
                    sb.append("（").append(in.reason().strip()).append('）');
                }
                sb.append(" → 0.00");
                work.flag(Flag.DATA_UNAVAILABLE, code, "「" + label(leaf) + "」无法取得相关资料，得 0 分");
            }
            case MANUAL -> {
                score = manualScore(leaf, in, work);
                StringBuilder fsb = work.formulaSb;
                fsb.setLength(0);
                if (leaf.rule().method() != ScoringMethod.MANUAL) {
                    formulaScore = formula(leaf, in, false, fsb, work);
                }
                if (score != null) {
                    appendManual(sb, score, in.reason(), formulaScore, fsb);
                    if (formulaScore != null && formulaScore.compareTo(score) != 0) {
                        work.flag(Flag.MANUAL_DIFFERS_FROM_FORMULA, code, "「" + label(leaf) + "」人工评分 "
                                + score.toPlainString() + " 与公式结果 " + formulaScore.toPlainString() + " 不同（" + fsb + "）");
                    }
                }
            }
            case VALUE -> {
                if (leaf.rule().method() == ScoringMethod.MANUAL) {
                    score = manualScore(leaf, in, work);
                    if (score != null) {
                        appendManual(sb, score, in.reason(), null, null);
                    }
                } else {
                    score = formula(leaf, in, true, sb, work);
                }
            }
            default -> throw new IllegalStateException("unhandled state " + state);
        }
        if (work.errors.size() != errorsBefore) {
            work.leafFlags = null;
            return null;
        }
        if (score == null) {
            throw new IllegalStateException("no score and no error for leaf " + code);
        }
        BigDecimal selfDifference = null;
        if (self != null && state != InputState.NOT_APPLICABLE) {
            selfDifference = compareSelf(code, label(leaf), self, score, work);
        }
        return new ScoredNode(code, leaf.name(), weightInForce, score, scoreRate(score, weightInForce), sb.toString(),
                formulaScore, self, work.takeFlags(), List.of(), selfDifference);
    }

    static BigDecimal scoreRate(BigDecimal score, BigDecimal weight) {
        if (weight.signum() == 0) {
            return null;
        }
        return score.multiply(HUNDRED).divide(weight, SCALE, HALF_UP);
    }

    /** Flags a self score that differs from the recomputed one and returns self − score. */
    static BigDecimal compareSelf(String code, String name, BigDecimal self, BigDecimal score, Work work) {
        BigDecimal diff = self.subtract(score);
        int sign = diff.signum();
        if (sign > 0) {
            work.flag(Flag.SELF_SCORE_INFLATED, code, "「" + name + "」自评 " + self.toPlainString() + " 分，高于复核得分 "
                    + score.toPlainString() + " 分（多 " + diff.toPlainString() + " 分）");
        } else if (sign < 0) {
            work.flag(Flag.SELF_SCORE_DIFFERS, code, "「" + name + "」自评 " + self.toPlainString() + " 分，低于复核得分 "
                    + score.toPlainString() + " 分（少 " + diff.negate().toPlainString() + " 分）");
        }
        return diff;
    }

    private static BigDecimal manualScore(IndicatorNode leaf, LeafInput in, Work work) {
        String code = leaf.code();
        BigDecimal m = in.manualScore();
        boolean ok = true;
        if (in.reason() == null || in.reason().isBlank()) {
            work.error("inputs[" + code + "].reason", "REASON_REQUIRED", "人工评分须说明理由");
            ok = false;
        }
        if (m == null) {
            work.error("inputs[" + code + "].manualScore", "REQUIRED", "人工评分须填写得分");
            return null;
        }
        if (m.signum() < 0) {
            work.error("inputs[" + code + "].manualScore", "NEGATIVE_VALUE", "人工评分不能为负：" + m.toPlainString());
            ok = false;
        } else if (m.compareTo(leaf.weight()) > 0) {
            work.error("inputs[" + code + "].manualScore", "MANUAL_SCORE_ABOVE_WEIGHT",
                    "人工评分 " + m.toPlainString() + " 超过分值 " + leaf.weight().toPlainString());
            ok = false;
        } else if (m.scale() > SCALE && m.stripTrailingZeros().scale() > SCALE) {
            work.error("inputs[" + code + "].manualScore", "TOO_MANY_DECIMALS", "人工评分最多两位小数：" + m.toPlainString());
            ok = false;
        }
        return ok ? m.setScale(SCALE, HALF_UP) : null;
    }

    private static void appendManual(StringBuilder sb, BigDecimal score, String reason, BigDecimal formulaScore,
                                     StringBuilder formulaText) {
        sb.append("人工评分 ").append(score.toPlainString());
        sb.append("（理由：").append(reason.strip()).append('）');
        if (formulaScore != null) {
            sb.append("；按公式 ").append(formulaText);
        }
    }

    private static void appendReason(StringBuilder sb, String reason) {
        if (reason != null && !reason.isBlank()) {
            sb.append("，理由：").append(reason.strip());
        }
    }

    /**
     * The method's formula. Writes the explanation into {@code sb} and returns the rounded score; returns null when a
     * needed input is missing (an error only when {@code required}) or refused.
     */
    private static BigDecimal formula(IndicatorNode leaf, LeafInput in, boolean required, StringBuilder sb, Work work) {
        LeafRule rule = leaf.rule();
        BigDecimal w = leaf.weight();
        BigDecimal t = rule.target();
        String unit = rule.measureUnit();
        switch (rule.method()) {
            case RATIO_AT_LEAST -> {
                BigDecimal a = actual(leaf, in, required, work);
                if (a == null) {
                    return null;
                }
                if (a.compareTo(t) >= 0) {
                    return full(sb.append("实际 "), a, unit, " ≥ 目标 ", t, w);
                }
                BigDecimal s = w.multiply(a).divide(t, SCALE, HALF_UP);
                return ratio(sb, w, a, t, s);
            }
            case RATIO_AT_MOST -> {
                BigDecimal a = actual(leaf, in, required, work);
                if (a == null) {
                    return null;
                }
                if (a.compareTo(t) <= 0) {
                    return full(sb.append("实际 "), a, unit, " ≤ 目标 ", t, w);
                }
                BigDecimal s = w.multiply(t).divide(a, SCALE, HALF_UP);
                return ratio(sb, w, t, a, s);
            }
            case EQUALS -> {
                BigDecimal a = actual(leaf, in, required, work);
                if (a == null) {
                    return null;
                }
                int c = a.compareTo(t);
                if (c == 0) {
                    return full(sb.append("实际 "), a, unit, " = 目标 ", t, w);
                }
                sb.append("实际 ");
                valueWithUnit(sb, a, unit).append(" ≠ 目标 ");
                valueWithUnit(sb, t, unit).append('：');
                BigDecimal min = c < 0 ? a : t;
                BigDecimal max = c < 0 ? t : a;
                return ratio(sb, w, min, max, w.multiply(min).divide(max, SCALE, HALF_UP));
            }
            case ZERO_TOLERANCE -> {
                BigDecimal a = actual(leaf, in, required, work);
                if (a == null) {
                    return null;
                }
                sb.append("实际 ");
                valueWithUnit(sb, a, unit);
                if (a.signum() == 0) {
                    return fullScore(sb.append(" = 0 → 满分 "), w);
                }
                sb.append(" ≠ 0 → 0.00");
                return ZERO_SCORE;
            }
            case RANK_WITHIN -> {
                return rank(leaf, in, required, sb, work);
            }
            case BINARY -> {
                Boolean achieved = in.achieved();
                if (achieved == null) {
                    if (required) {
                        work.error("inputs[" + leaf.code() + "].achieved", "REQUIRED", "须填写是否达成目标");
                    }
                    return null;
                }
                if (rule.targetText() != null && !rule.targetText().isBlank()) {
                    sb.append("目标「").append(rule.targetText()).append("」");
                }
                if (achieved) {
                    return fullScore(sb.append("达成 → 满分 "), w);
                }
                sb.append("未达成 → 0.00");
                return ZERO_SCORE;
            }
            case GRADE -> {
                return grade(leaf, in, required, sb, work);
            }
            case EXECUTION_RATE -> {
                BigDecimal a = actual(leaf, in, required, work);
                if (a == null) {
                    return null;
                }
                return executionRate(sb, w, a, t);
            }
            case BANDED -> {
                BigDecimal a = actual(leaf, in, required, work);
                if (a == null) {
                    return null;
                }
                MethodParameters p = rule.parameters();
                sb.append("实际 ");
                valueWithUnit(sb, a, unit);
                for (ValueBand band : p.bands()) {
                    if (a.compareTo(band.upperInclusive()) <= 0) {
                        sb.append(" ≤ ");
                        valueWithUnit(sb, band.upperInclusive(), unit);
                        BigDecimal s = band.points().setScale(SCALE, HALF_UP);
                        sb.append(" → ").append(s.toPlainString());
                        return s;
                    }
                }
                sb.append(" > ");
                valueWithUnit(sb, p.bands().get(p.bands().size() - 1).upperInclusive(), unit);
                BigDecimal above = p.pointsAboveBands() == null ? ZERO_SCORE : p.pointsAboveBands().setScale(SCALE, HALF_UP);
                sb.append(" → ").append(above.toPlainString());
                return above;
            }
            case DEDUCTION -> {
                BigDecimal a = actual(leaf, in, required, work);
                if (a == null) {
                    return null;
                }
                if (!isInteger(a)) {
                    work.error("inputs[" + leaf.code() + "].actual", "NOT_AN_INTEGER", "违规次数须为整数：" + a.toPlainString());
                    return null;
                }
                BigDecimal d = rule.parameters().deductionPerViolation();
                BigDecimal raw = w.subtract(d.multiply(a));
                plain(sb, w).append(" − ");
                plain(sb, d).append(" × ");
                plain(sb, a);
                if (raw.signum() < 0) {
                    sb.append(" < 0 → 0.00");
                    return ZERO_SCORE;
                }
                BigDecimal s = raw.setScale(SCALE, HALF_UP);
                sb.append(" = ").append(s.toPlainString());
                return s;
            }
            case SATISFACTION -> {
                return satisfaction(leaf, in, required, sb, work);
            }
            case MANUAL -> {
                return null;
            }
            default -> throw new IllegalStateException("unhandled method " + rule.method());
        }
    }

    private static BigDecimal actual(IndicatorNode leaf, LeafInput in, boolean required, Work work) {
        BigDecimal a = in.actual();
        if (a == null) {
            if (required) {
                work.error("inputs[" + leaf.code() + "].actual", "REQUIRED",
                        "计分方法 " + leaf.rule().method() + " 须填写实际完成值");
            }
            return null;
        }
        if (a.signum() < 0) {
            work.error("inputs[" + leaf.code() + "].actual", "NEGATIVE_VALUE", "实际完成值不能为负：" + a.toPlainString());
            return null;
        }
        return a;
    }

    private static BigDecimal rank(IndicatorNode leaf, LeafInput in, boolean required, StringBuilder sb, Work work) {
        MethodParameters p = leaf.rule().parameters();
        int limit = p.rankLimit() != null ? p.rankLimit() : leaf.rule().target().intValueExact();
        BigDecimal w = leaf.weight();
        BigDecimal a = in.actual();
        if (a != null) {
            if (!isInteger(a) || a.signum() <= 0) {
                work.error("inputs[" + leaf.code() + "].actual", "INVALID_RANK", "名次须为正整数：" + a.toPlainString());
                return null;
            }
            sb.append("排名第 ");
            plain(sb, a);
            if (a.compareTo(BigDecimal.valueOf(limit)) <= 0) {
                return fullScore(sb.append(" ≤ 前 ").append(limit).append(" → 满分 "), w);
            }
            sb.append(" > 前 ").append(limit).append(" → 0.00");
            return ZERO_SCORE;
        }
        Boolean within = in.achieved();
        if (within == null) {
            if (required) {
                work.error("inputs[" + leaf.code() + "].actual", "REQUIRED", "须填写名次，或仅知是否进入前 " + limit + " 时填写 achieved");
            }
            return null;
        }
        if (within) {
            return fullScore(sb.append("进入前 ").append(limit).append(" → 满分 "), w);
        }
        sb.append("未进入前 ").append(limit).append(" → 0.00");
        return ZERO_SCORE;
    }

    private static BigDecimal grade(IndicatorNode leaf, LeafInput in, boolean required, StringBuilder sb, Work work) {
        String g = in.grade();
        if (g == null || g.isBlank()) {
            if (required) {
                work.error("inputs[" + leaf.code() + "].grade", "REQUIRED", "定性指标须填写评价等级");
            }
            return null;
        }
        Map<String, BigDecimal> table = leaf.rule().parameters().gradeTableInForce();
        String label = g.strip();
        BigDecimal f = table.get(label);
        if (f == null) {
            work.error("inputs[" + leaf.code() + "].grade", "UNKNOWN_GRADE",
                    "等级「" + label + "」不在等级表中，可选：" + String.join("、", table.keySet()));
            return null;
        }
        BigDecimal w = leaf.weight();
        BigDecimal s = w.multiply(f).setScale(SCALE, HALF_UP);
        sb.append("等级 ").append(label).append(" → ");
        plain(sb, w).append(" × ");
        plain(sb, f).append(" = ").append(s.toPlainString());
        return s;
    }

    private static BigDecimal executionRate(StringBuilder sb, BigDecimal w, BigDecimal a, BigDecimal t) {
        if (t == null) {
            // No budget amount configured: the actual is the rate itself, in percent.
            if (a.compareTo(HUNDRED) >= 0) {
                sb.append("执行率 ");
                plain(sb, a).append("% ≥ 100% → 满分 ");
                return fullScore(sb, w);
            }
            BigDecimal s = w.multiply(a).divide(HUNDRED, SCALE, HALF_UP);
            plain(sb, w).append(" × ");
            plain(sb, a).append("% = ").append(s.toPlainString());
            return s;
        }
        if (t.signum() == 0) {
            return fullScore(sb.append("预算数为 0，无可执行 → 满分 "), w);
        }
        if (a.compareTo(t) > 0) {
            plain(sb, w).append(" × min(");
            plain(sb, a).append(" / ");
            plain(sb, t).append(", 1) = ");
            return fullScore(sb, w);
        }
        return ratio(sb, w, a, t, w.multiply(a).divide(t, SCALE, HALF_UP));
    }

    private static BigDecimal satisfaction(IndicatorNode leaf, LeafInput in, boolean required, StringBuilder sb, Work work) {
        BigDecimal w = leaf.weight();
        BigDecimal t = leaf.rule().target();
        SurveyResult survey = in.survey();
        BigDecimal rate;
        if (survey != null) {
            String field = "inputs[" + leaf.code() + "].survey";
            if (survey.issued() < 0 || survey.valid() < 0 || survey.satisfied() < 0) {
                work.error(field, "NEGATIVE_VALUE", "问卷份数不能为负");
                return null;
            }
            if (survey.valid() > survey.issued()) {
                work.error(field + ".valid", "VALID_ABOVE_ISSUED",
                        "有效问卷 " + survey.valid() + " 份多于发放的 " + survey.issued() + " 份");
                return null;
            }
            if (survey.satisfied() > survey.valid()) {
                work.error(field + ".satisfied", "SATISFIED_ABOVE_VALID",
                        "满意问卷 " + survey.satisfied() + " 份多于有效问卷 " + survey.valid() + " 份");
                return null;
            }
            if (survey.valid() == 0) {
                sb.append("有效问卷 0 份，满意度无法计算 → 0.00");
                work.flag(Flag.NO_VALID_RESPONSES, leaf.code(), "「" + label(leaf) + "」没有有效问卷，满意度无法计算，得 0 分");
                return ZERO_SCORE;
            }
            // The rate is rounded to 2 decimals first, as reports print it, so that the line can be checked by hand.
            rate = BigDecimal.valueOf(survey.satisfied()).multiply(HUNDRED)
                    .divide(BigDecimal.valueOf(survey.valid()), SCALE, HALF_UP);
            sb.append("满意度 ").append(survey.satisfied()).append(" / ").append(survey.valid())
                    .append(" = ").append(rate.toPlainString()).append('%');
        } else {
            BigDecimal a = actual(leaf, in, false, work);
            if (a == null) {
                if (required && in.actual() == null) {
                    work.error("inputs[" + leaf.code() + "].survey", "REQUIRED", "满意度指标须填写问卷结果或满意度百分数");
                }
                return null;
            }
            if (a.compareTo(HUNDRED) > 0) {
                work.error("inputs[" + leaf.code() + "].actual", "ABOVE_100", "满意度是百分数，不能超过 100：" + a.toPlainString());
                return null;
            }
            rate = a;
            sb.append("满意度 ");
            plain(sb, a).append('%');
        }
        if (rate.compareTo(t) >= 0) {
            sb.append(" ≥ 目标 ");
            plain(sb, t).append("% → 满分 ");
            return fullScore(sb, w);
        }
        BigDecimal s = w.multiply(rate).divide(t, SCALE, HALF_UP);
        sb.append(" < 目标 ");
        plain(sb, t).append("%：");
        return ratio(sb, w, rate, t, s);
    }

    // ---------------------------------------------------------------------------------------------- explanation text

    private static BigDecimal full(StringBuilder sb, BigDecimal a, String unit, String relation, BigDecimal t, BigDecimal w) {
        valueWithUnit(sb, a, unit).append(relation);
        valueWithUnit(sb, t, unit).append(" → 满分 ");
        return fullScore(sb, w);
    }

    private static BigDecimal fullScore(StringBuilder sb, BigDecimal w) {
        BigDecimal s = w.setScale(SCALE, HALF_UP);
        sb.append(s.toPlainString());
        return s;
    }

    /** "w × x / y = s", the line SCORING.md quotes: 2.5 × 210 / 800 = 0.66. */
    private static BigDecimal ratio(StringBuilder sb, BigDecimal w, BigDecimal x, BigDecimal y, BigDecimal s) {
        plain(sb, w).append(" × ");
        plain(sb, x).append(" / ");
        plain(sb, y).append(" = ").append(s.toPlainString());
        return s;
    }

    private static StringBuilder valueWithUnit(StringBuilder sb, BigDecimal x, String unit) {
        plain(sb, x);
        if (unit != null) {
            sb.append(unit);
        }
        return sb;
    }

    /** A number as people write it: 2.5, not 2.50; 100, not 1E+2. */
    static StringBuilder plain(StringBuilder sb, BigDecimal x) {
        if (x.scale() <= 0) {
            return sb.append(x.scale() == 0 ? x.toString() : x.toPlainString());
        }
        return sb.append(x.stripTrailingZeros().toPlainString());
    }
}
