package org.jixiao.indicator.domain.framework;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.indicator.domain.target.Direction;
import org.jixiao.indicator.domain.target.QualitativeKind;
import org.jixiao.indicator.domain.target.TargetParseException;
import org.jixiao.indicator.domain.target.TargetValue;
import org.jixiao.indicator.domain.target.TargetValueParser;

/**
 * Structural checks of an indicator framework: a tree that can be scored to 100 points.
 *
 * <p>Everything is iterative: a tree of any depth (a 10,000-deep chain sent as JSON, a cyclic flat import)
 * is refused with an issue, never with a {@link StackOverflowError}. Nodes below {@link #MAX_DEPTH} are not
 * inspected; at most {@link #MAX_NODES} nodes are.
 *
 * <p>Codes are stable; all are {@link Severity#ERROR} except {@link #DIRECTION_MISMATCH},
 * {@link #METHOD_TARGET_MISMATCH}.
 */
public final class FrameworkValidator {

    public static final int MAX_DEPTH = 6;
    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_NODES = 10_000;
    public static final BigDecimal TOTAL_WEIGHT = new BigDecimal("100");

    public static final String FRAMEWORK_EMPTY = "FRAMEWORK_EMPTY";
    public static final String FRAMEWORK_TOO_LARGE = "FRAMEWORK_TOO_LARGE";
    public static final String NODE_MISSING = "NODE_MISSING";
    public static final String CODE_EMPTY = "CODE_EMPTY";
    public static final String DUPLICATE_CODE = "DUPLICATE_CODE";
    public static final String NAME_EMPTY = "NAME_EMPTY";
    public static final String NAME_TOO_LONG = "NAME_TOO_LONG";
    public static final String DEPTH_EXCEEDED = "DEPTH_EXCEEDED";
    public static final String LEVEL_INCONSISTENT = "LEVEL_INCONSISTENT";
    public static final String WEIGHT_MISSING = "WEIGHT_MISSING";
    public static final String WEIGHT_NEGATIVE = "WEIGHT_NEGATIVE";
    /** The children's weights do not add up to the parent's. */
    public static final String WEIGHT_SUM_MISMATCH = "WEIGHT_SUM_MISMATCH";
    public static final String TOP_LEVEL_WEIGHT_NOT_100 = "TOP_LEVEL_WEIGHT_NOT_100";
    /** A heading or a group (年度目标, 活动, 项目) with nothing under it. */
    public static final String CATEGORY_WITHOUT_CHILDREN = "CATEGORY_WITHOUT_CHILDREN";
    public static final String LEAF_WITHOUT_METHOD = "LEAF_WITHOUT_METHOD";
    public static final String LEAF_WITHOUT_TARGET = "LEAF_WITHOUT_TARGET";
    /** BANDED and DEDUCTION need their table / points per violation in scoringRule. */
    public static final String LEAF_WITHOUT_RULE = "LEAF_WITHOUT_RULE";
    /** The target text cannot be parsed; the message carries the parser's code. */
    public static final String TARGET_INVALID = "TARGET_INVALID";
    /** WARNING: declared direction differs from the operator in the target (≥ declared, {@code ≤5%} written). */
    public static final String DIRECTION_MISMATCH = "DIRECTION_MISMATCH";
    /** WARNING: the method cannot use this kind of target (RANK_WITHIN on {@code ≥90%}, ratio on 达标). */
    public static final String METHOD_TARGET_MISMATCH = "METHOD_TARGET_MISMATCH";
    // flat lists
    public static final String PARENT_UNKNOWN = "PARENT_UNKNOWN";
    public static final String PARENT_CYCLE = "PARENT_CYCLE";
    /** A row whose parent is itself a scored leaf (has a method or a target). */
    public static final String LEAF_UNDER_LEAF = "LEAF_UNDER_LEAF";
    public static final String FLAT_ROW_HAS_CHILDREN = "FLAT_ROW_HAS_CHILDREN";

    private FrameworkValidator() {
    }

    private record Frame(IndicatorDefinition node, IndicatorDefinition parent, String path, int depth) {
    }

    /** Validates a tree given by its top-level nodes. Returns an empty list when it is sound. */
    public static List<ValidationIssue> validate(List<IndicatorDefinition> topLevel) {
        List<ValidationIssue> issues = new ArrayList<>();
        if (topLevel == null || topLevel.isEmpty()) {
            issues.add(ValidationIssue.error("", FRAMEWORK_EMPTY, "指标体系没有任何指标"));
            return issues;
        }
        BigDecimal topSum = BigDecimal.ZERO;
        boolean topWeightsComplete = true;
        Deque<Frame> stack = new ArrayDeque<>();
        for (int i = topLevel.size() - 1; i >= 0; i--) {
            IndicatorDefinition node = topLevel.get(i);
            if (node == null) {
                issues.add(ValidationIssue.error("#" + i, NODE_MISSING, "第 " + (i + 1) + " 个一级指标为空"));
                topWeightsComplete = false;
                continue;
            }
            if (node.weight() == null) {
                topWeightsComplete = false;
            } else {
                topSum = topSum.add(node.weight());
            }
            stack.push(new Frame(node, null, segment(node, i), 1));
        }
        if (topWeightsComplete && topSum.compareTo(TOTAL_WEIGHT) != 0) {
            issues.add(ValidationIssue.error("", TOP_LEVEL_WEIGHT_NOT_100,
                    "一级指标分值合计 " + topSum.toPlainString() + " 分，应为 100 分"));
        }
        Map<String, String> pathByCode = new HashMap<>();
        int visited = 0;
        while (!stack.isEmpty()) {
            if (++visited > MAX_NODES) {
                issues.add(ValidationIssue.error("", FRAMEWORK_TOO_LARGE,
                        "指标体系超过 " + MAX_NODES + " 个指标，其余未检查"));
                break;
            }
            Frame frame = stack.pop();
            IndicatorDefinition node = frame.node();
            String path = frame.path();
            checkIdentity(node, path, pathByCode, issues);
            if (frame.parent() != null && node.level() != frame.parent().level() + 1) {
                issues.add(ValidationIssue.error(path, LEVEL_INCONSISTENT, "“" + label(node) + "”的级次为 "
                        + node.level() + "，上级为 " + frame.parent().level() + "，应相差 1"));
            }
            checkWeight(node, path, issues);
            if (frame.depth() > MAX_DEPTH) {
                issues.add(ValidationIssue.error(path, DEPTH_EXCEEDED,
                        "指标层级超过 " + MAX_DEPTH + " 层，“" + label(node) + "”及其下级未检查"));
                continue;
            }
            if (node.isLeaf()) {
                checkLeaf(node, path, issues);
                continue;
            }
            checkChildrenWeights(node, path, issues);
            List<IndicatorDefinition> children = node.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                IndicatorDefinition child = children.get(i);
                stack.push(new Frame(child, node, path + "/" + segment(child, i), frame.depth() + 1));
            }
        }
        return issues;
    }

    /** Validates a flat list of rows with parent codes: structure first, then everything {@link #validate} checks. */
    public static List<ValidationIssue> validateFlat(List<FlatIndicator> rows) {
        return assemble(rows).issues();
    }

    /** Builds the tree from flat rows (siblings keep their row order) and validates it. */
    public static FlatAssembly assemble(List<FlatIndicator> rows) {
        List<ValidationIssue> issues = new ArrayList<>();
        if (rows == null || rows.isEmpty()) {
            issues.add(ValidationIssue.error("", FRAMEWORK_EMPTY, "指标体系没有任何指标"));
            return new FlatAssembly(List.of(), issues);
        }
        if (rows.size() > MAX_NODES) {
            issues.add(ValidationIssue.error("", FRAMEWORK_TOO_LARGE, "指标体系超过 " + MAX_NODES + " 个指标"));
            return new FlatAssembly(List.of(), issues);
        }
        Map<String, Integer> indexByCode = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            FlatIndicator row = rows.get(i);
            if (row == null || row.definition() == null) {
                issues.add(ValidationIssue.error("#" + i, NODE_MISSING, "第 " + (i + 1) + " 行为空"));
                continue;
            }
            IndicatorDefinition node = row.definition();
            if (!node.children().isEmpty()) {
                issues.add(ValidationIssue.error(rowPath(rows, i), FLAT_ROW_HAS_CHILDREN,
                        "平铺导入的“" + label(node) + "”不应自带下级，请用上级编码表示层级"));
            }
            if (IndicatorDefinition.isBlank(node.code())) {
                issues.add(ValidationIssue.error(rowPath(rows, i), CODE_EMPTY, "第 " + (i + 1) + " 行缺少指标编码"));
            } else if (indexByCode.putIfAbsent(node.code(), i) != null) {
                issues.add(ValidationIssue.error(rowPath(rows, i), DUPLICATE_CODE,
                        "指标编码“" + node.code() + "”重复"));
            }
        }
        if (!issues.isEmpty()) {
            return new FlatAssembly(List.of(), issues);
        }
        int[] parentIndex = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            String parentCode = rows.get(i).parentCode();
            if (IndicatorDefinition.isBlank(parentCode)) {
                parentIndex[i] = -1;
                continue;
            }
            Integer parent = indexByCode.get(parentCode);
            if (parent == null) {
                issues.add(ValidationIssue.error(rowPath(rows, i), PARENT_UNKNOWN,
                        "“" + label(rows.get(i).definition()) + "”的上级编码“" + parentCode + "”不存在"));
                parentIndex[i] = -1;
                continue;
            }
            parentIndex[i] = parent;
            IndicatorDefinition parentNode = rows.get(parent).definition();
            if (parent != i && (parentNode.scoringMethod() != null || !IndicatorDefinition.isBlank(parentNode.target()))) {
                issues.add(ValidationIssue.error(rowPath(rows, i), LEAF_UNDER_LEAF, "“" + label(parentNode)
                        + "”已有评分方法或指标值，是末级指标，不能再挂“" + label(rows.get(i).definition()) + "”"));
            }
        }
        int[] depth = depths(rows, parentIndex, issues);
        if (!issues.isEmpty()) {
            return new FlatAssembly(List.of(), issues);
        }
        List<IndicatorDefinition> topLevel = build(rows, parentIndex, depth);
        issues.addAll(validate(topLevel));
        return new FlatAssembly(topLevel, issues);
    }

    // ------------------------------------------------------------------ tree checks

    private static void checkIdentity(IndicatorDefinition node, String path, Map<String, String> pathByCode,
            List<ValidationIssue> issues) {
        if (IndicatorDefinition.isBlank(node.code())) {
            issues.add(ValidationIssue.error(path, CODE_EMPTY, "“" + label(node) + "”缺少指标编码"));
        } else {
            String first = pathByCode.putIfAbsent(node.code(), path);
            if (first != null) {
                issues.add(ValidationIssue.error(path, DUPLICATE_CODE,
                        "指标编码“" + node.code() + "”重复，已用于 " + first));
            }
        }
        if (IndicatorDefinition.isBlank(node.name())) {
            issues.add(ValidationIssue.error(path, NAME_EMPTY, "指标名称为空"));
        } else if (node.name().codePointCount(0, node.name().length()) > MAX_NAME_LENGTH) {
            issues.add(ValidationIssue.error(path, NAME_TOO_LONG,
                    "指标名称超过 " + MAX_NAME_LENGTH + " 个字符，请将说明写入指标解释"));
        }
    }

    private static void checkWeight(IndicatorDefinition node, String path, List<ValidationIssue> issues) {
        if (node.weight() == null) {
            issues.add(ValidationIssue.error(path, WEIGHT_MISSING, "“" + label(node) + "”缺少分值"));
        } else if (node.weight().signum() < 0) {
            issues.add(ValidationIssue.error(path, WEIGHT_NEGATIVE, "“" + label(node) + "”的分值不能为负数"));
        }
    }

    private static void checkChildrenWeights(IndicatorDefinition node, String path, List<ValidationIssue> issues) {
        if (node.weight() == null) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (IndicatorDefinition child : node.children()) {
            if (child.weight() == null) {
                return; // reported as WEIGHT_MISSING on the child; a sum would only add noise
            }
            sum = sum.add(child.weight());
        }
        if (sum.compareTo(node.weight()) != 0) {
            issues.add(ValidationIssue.error(path, WEIGHT_SUM_MISMATCH, "“" + label(node) + "”的下级指标分值合计 "
                    + sum.toPlainString() + " 分，与其分值 " + node.weight().toPlainString() + " 分不一致"));
        }
    }

    private static void checkLeaf(IndicatorDefinition node, String path, List<ValidationIssue> issues) {
        if ((node.category() != null && node.category().isGroup()) || node.isHeading()) {
            issues.add(ValidationIssue.error(path, CATEGORY_WITHOUT_CHILDREN,
                    "“" + label(node) + "”是分类，但下面没有任何指标"));
            return;
        }
        ScoringMethod method = node.scoringMethod();
        if (method == null) {
            issues.add(ValidationIssue.error(path, LEAF_WITHOUT_METHOD, "末级指标“" + label(node) + "”缺少评分方法"));
        }
        boolean hasTarget = !IndicatorDefinition.isBlank(node.target());
        if (!hasTarget && (method == null || method.requiresTarget())) {
            issues.add(ValidationIssue.error(path, LEAF_WITHOUT_TARGET, "末级指标“" + label(node) + "”缺少指标值"));
        }
        if (method != null && method.requiresRule() && IndicatorDefinition.isBlank(node.scoringRule())) {
            issues.add(ValidationIssue.error(path, LEAF_WITHOUT_RULE,
                    "末级指标“" + label(node) + "”采用" + method + "，须在评分标准中写明分档或扣分规则"));
        }
        if (!hasTarget) {
            return;
        }
        TargetValue target;
        try {
            target = TargetValueParser.parseColumns(null, node.target(), node.measureUnit());
        } catch (TargetParseException e) {
            issues.add(ValidationIssue.error(path, TARGET_INVALID,
                    "末级指标“" + label(node) + "”的指标值无法识别（" + e.code() + "）：" + e.getMessage()));
            return;
        }
        checkDirection(node, target, path, issues);
        if (method != null && !methodFits(method, target)) {
            issues.add(ValidationIssue.warning(path, METHOD_TARGET_MISMATCH, "末级指标“" + label(node) + "”的评分方法 "
                    + method + " 与指标值“" + node.target() + "”不匹配"));
        }
    }

    private static void checkDirection(IndicatorDefinition node, TargetValue target, String path,
            List<ValidationIssue> issues) {
        Direction declared = node.direction();
        if (declared == null
                || (target.operator() == null && target.isNumeric() && declared != Direction.QUALITATIVE)) {
            return; // a bare quantity (seed 003 writes 1000 | 万元 beside 性质 ≤) takes the declared direction
        }
        Direction written = target.direction();
        if (declared != written) {
            issues.add(ValidationIssue.warning(path, DIRECTION_MISMATCH, "末级指标“" + label(node) + "”的指标性质为 "
                    + declared + "，指标值“" + node.target() + "”却是 " + written));
        }
    }

    private static boolean methodFits(ScoringMethod method, TargetValue target) {
        return switch (method) {
            case RATIO_AT_LEAST, RATIO_AT_MOST, EQUALS, SATISFACTION ->
                    target.isNumeric() || target.kind() == QualitativeKind.FREQUENCY;
            case ZERO_TOLERANCE -> target.isNumeric() && target.value().signum() == 0;
            case RANK_WITHIN -> target.kind() == QualitativeKind.RANK;
            case GRADE -> target.kind() == QualitativeKind.GRADE_SCALE;
            default -> true;
        };
    }

    // ------------------------------------------------------------------ flat helpers

    /** Depth of each row (1 = top level), walking parent links iteratively; reports cycles and excess depth. */
    private static int[] depths(List<FlatIndicator> rows, int[] parentIndex, List<ValidationIssue> issues) {
        int n = rows.size();
        int[] depth = new int[n]; // 0 = unknown
        boolean[] onWalk = new boolean[n];
        Set<Integer> reportedCycles = new HashSet<>();
        List<Integer> walk = new ArrayList<>();
        for (int start = 0; start < n; start++) {
            if (depth[start] != 0) {
                continue;
            }
            walk.clear();
            int current = start;
            int base = 0;
            boolean cycle = false;
            while (true) {
                if (current < 0) {
                    base = 0;
                    break;
                }
                if (depth[current] != 0) {
                    base = depth[current];
                    break;
                }
                if (onWalk[current]) {
                    cycle = true;
                    break;
                }
                onWalk[current] = true;
                walk.add(current);
                current = parentIndex[current];
            }
            if (cycle) {
                int entry = current;
                if (reportedCycles.add(entry)) {
                    StringBuilder codes = new StringBuilder();
                    for (int k = walk.indexOf(entry); k < walk.size(); k++) {
                        codes.append(rows.get(walk.get(k)).definition().code()).append(" → ");
                    }
                    codes.append(rows.get(entry).definition().code());
                    issues.add(ValidationIssue.error(rowPath(rows, entry), PARENT_CYCLE, "上级编码形成循环：" + codes));
                }
                for (int k : walk) {
                    depth[k] = -1; // in or under a cycle: no depth
                    onWalk[k] = false;
                }
                continue;
            }
            for (int k = walk.size() - 1; k >= 0; k--) {
                int row = walk.get(k);
                onWalk[row] = false;
                depth[row] = base < 0 ? -1 : ++base;
                if (depth[row] == MAX_DEPTH + 1) {
                    issues.add(ValidationIssue.error(rowPath(rows, row), DEPTH_EXCEEDED,
                            "指标层级超过 " + MAX_DEPTH + " 层：“" + label(rows.get(row).definition()) + "”"));
                }
            }
        }
        return depth;
    }

    private static List<IndicatorDefinition> build(List<FlatIndicator> rows, int[] parentIndex, int[] depth) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            order.add(i);
        }
        // Deepest first, so every child exists before its parent; the sort is stable, so siblings (all of one
        // depth) keep their row order.
        order.sort(Comparator.comparingInt((Integer i) -> depth[i]).reversed());
        Map<Integer, List<IndicatorDefinition>> childrenOf = new HashMap<>();
        IndicatorDefinition[] built = new IndicatorDefinition[rows.size()];
        for (int i : order) {
            List<IndicatorDefinition> children = childrenOf.getOrDefault(i, List.of());
            built[i] = rows.get(i).definition().withChildren(children);
            if (parentIndex[i] >= 0) {
                childrenOf.computeIfAbsent(parentIndex[i], k -> new ArrayList<>()).add(built[i]);
            }
        }
        List<IndicatorDefinition> topLevel = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (parentIndex[i] < 0) {
                topLevel.add(built[i]);
            }
        }
        return topLevel;
    }

    private static String rowPath(List<FlatIndicator> rows, int i) {
        FlatIndicator row = rows.get(i);
        String code = row == null || row.definition() == null ? null : row.definition().code();
        return IndicatorDefinition.isBlank(code) ? "#" + i : code;
    }

    private static String segment(IndicatorDefinition node, int index) {
        return IndicatorDefinition.isBlank(node.code()) ? "#" + index : node.code();
    }

    private static String label(IndicatorDefinition node) {
        if (!IndicatorDefinition.isBlank(node.name())) {
            String name = node.name().strip();
            return name.length() > 40 ? name.substring(0, 40) + "…" : name;
        }
        return IndicatorDefinition.isBlank(node.code()) ? "（未命名）" : node.code();
    }
}
