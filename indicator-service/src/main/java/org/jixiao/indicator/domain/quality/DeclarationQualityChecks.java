package org.jixiao.indicator.domain.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.indicator.domain.framework.FrameworkValidator;
import org.jixiao.indicator.domain.framework.IndicatorCategory;
import org.jixiao.indicator.domain.framework.IndicatorDefinition;
import org.jixiao.indicator.domain.framework.IndicatorSubCategory;
import org.jixiao.indicator.domain.framework.ValidationIssue;
import org.jixiao.indicator.domain.target.Direction;
import org.jixiao.indicator.domain.target.QualitativeKind;
import org.jixiao.indicator.domain.target.TargetParseException;
import org.jixiao.indicator.domain.target.TargetValue;
import org.jixiao.indicator.domain.target.TargetValueParser;
import org.jixiao.indicator.domain.target.TextNormaliser;

/**
 * Advice on a unit's target declaration, drawn from what the seed evaluations criticised. All issues are
 * {@link org.jixiao.indicator.domain.framework.Severity#WARNING}: they do not make a declaration unsound
 * (that is {@link FrameworkValidator}'s job) but a reviewer should see them.
 *
 * <p>A "group" is a node whose category {@link IndicatorCategory#isGroup() is a group} (年度目标, 活动, 项目).
 * A declaration without groups is one group: the whole tree, path {@code ""}.
 * Nodes deeper than {@link FrameworkValidator#MAX_DEPTH} are not inspected.
 */
public final class DeclarationQualityChecks {

    /** A group whose leaves have no 时效 indicator (seed 001: ten projects 均未设置“时效指标”). */
    public static final String MISSING_TIMELINESS = "MISSING_TIMELINESS";
    /** 提升 / 提高 / 不断完善 / 进一步 / 加强 with no number (seed 002: 经济效益 “提高”). */
    public static final String VAGUE_TARGET = "VAGUE_TARGET";
    /**
     * More qualitative leaves than {@link QualityThresholds#maxQualitativeShare()} among the leaves with a
     * readable target or a declared direction (ranks and frequencies count as quantified).
     */
    public static final String QUALITATIVE_SHARE_HIGH = "QUALITATIVE_SHARE_HIGH";
    /** Two leaves of one group with the same name (after normalisation). */
    public static final String DUPLICATE_NAME = "DUPLICATE_NAME";

    private static final String TIMELINESS_WORD = "时效";

    private DeclarationQualityChecks() {
    }

    public static List<ValidationIssue> check(List<IndicatorDefinition> topLevel) {
        return check(topLevel, QualityThresholds.DEFAULT);
    }

    public static List<ValidationIssue> check(List<IndicatorDefinition> topLevel, QualityThresholds thresholds) {
        List<ValidationIssue> issues = new ArrayList<>();
        if (topLevel == null || topLevel.isEmpty()) {
            return issues;
        }
        Scan scan = scan(topLevel);
        checkTimeliness(scan, issues);
        checkVagueTargets(scan, issues);
        checkQualitativeShare(scan, thresholds, issues);
        checkDuplicateNames(scan, issues);
        return issues;
    }

    // ------------------------------------------------------------------ one iterative pass over the tree

    /** A group and what the pass learnt about it. {@code node} is null for the implicit whole-declaration group. */
    private static final class Group {
        final IndicatorDefinition node;
        final String path;
        boolean hasTimeliness;
        boolean hasOutput;
        final List<Leaf> leaves = new ArrayList<>();

        Group(IndicatorDefinition node, String path) {
            this.node = node;
            this.path = path;
        }
    }

    private record Leaf(IndicatorDefinition node, String path, boolean underTimeliness) {
    }

    private record Scan(Group root, List<Group> explicitGroups, List<Leaf> leaves) {
    }

    private record Frame(IndicatorDefinition node, String path, int depth, Group group, boolean underTimeliness,
            boolean underOutput) {
    }

    private static Scan scan(List<IndicatorDefinition> topLevel) {
        Group root = new Group(null, "");
        Map<IndicatorDefinition, Group> explicit = new IdentityHashMap<>();
        List<Group> explicitGroups = new ArrayList<>();
        List<Leaf> leaves = new ArrayList<>();
        Deque<Frame> stack = new ArrayDeque<>();
        for (int i = topLevel.size() - 1; i >= 0; i--) {
            IndicatorDefinition node = topLevel.get(i);
            if (node != null) {
                stack.push(new Frame(node, segment(node, i), 1, root, false, false));
            }
        }
        int visited = 0;
        while (!stack.isEmpty() && ++visited <= FrameworkValidator.MAX_NODES) {
            Frame frame = stack.pop();
            IndicatorDefinition node = frame.node();
            Group group = frame.group();
            if (node.category() != null && node.category().isGroup() && !explicit.containsKey(node)) {
                group = new Group(node, frame.path());
                explicit.put(node, group);
                explicitGroups.add(group);
            }
            boolean timeliness = frame.underTimeliness() || isTimeliness(node);
            boolean output = frame.underOutput() || node.category() == IndicatorCategory.OUTPUT;
            if (output) {
                group.hasOutput = true;
                root.hasOutput = true;
            }
            if (node.isLeaf()) {
                if (node.category() == null || !node.category().isGroup()) {
                    Leaf leaf = new Leaf(node, frame.path(), timeliness);
                    group.leaves.add(leaf);
                    leaves.add(leaf);
                    if (timeliness) {
                        group.hasTimeliness = true;
                        root.hasTimeliness = true;
                    }
                }
                continue;
            }
            if (frame.depth() >= FrameworkValidator.MAX_DEPTH) {
                continue;
            }
            List<IndicatorDefinition> children = node.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                IndicatorDefinition child = children.get(i);
                stack.push(new Frame(child, frame.path() + "/" + segment(child, i), frame.depth() + 1, group,
                        timeliness, output));
            }
        }
        return new Scan(root, explicitGroups, leaves);
    }

    private static boolean isTimeliness(IndicatorDefinition node) {
        return node.subCategory() == IndicatorSubCategory.TIMELINESS
                || (node.subCategory() == null && node.name() != null && node.name().contains(TIMELINESS_WORD));
    }

    // ------------------------------------------------------------------ the checks

    private static void checkTimeliness(Scan scan, List<ValidationIssue> issues) {
        if (scan.explicitGroups().isEmpty()) {
            // Without groups, only a declaration with 产出指标 has a place for 时效.
            if (scan.root().hasOutput && !scan.root().leaves.isEmpty() && !scan.root().hasTimeliness) {
                issues.add(ValidationIssue.warning("", MISSING_TIMELINESS, "产出指标中未设置任何时效指标"));
            }
            return;
        }
        for (Group group : scan.explicitGroups()) {
            if (!group.leaves.isEmpty() && !group.hasTimeliness) {
                issues.add(ValidationIssue.warning(group.path, MISSING_TIMELINESS,
                        group.node.category().label() + "“" + name(group.node) + "”未设置时效指标"));
            }
        }
    }

    private static void checkVagueTargets(Scan scan, List<ValidationIssue> issues) {
        for (Leaf leaf : scan.leaves()) {
            TargetValue target = parsedTarget(leaf.node());
            if (target != null && target.kind() == QualitativeKind.TREND && target.value() == null) {
                issues.add(ValidationIssue.warning(leaf.path(), VAGUE_TARGET, "指标“" + name(leaf.node())
                        + "”的指标值“" + leaf.node().target().strip() + "”只说明方向，没有可衡量的数值"));
            }
        }
    }

    private static void checkQualitativeShare(Scan scan, QualityThresholds thresholds, List<ValidationIssue> issues) {
        int counted = 0;
        int qualitative = 0;
        for (Leaf leaf : scan.leaves()) {
            IndicatorDefinition node = leaf.node();
            TargetValue target = parsedTarget(node);
            if (target == null && node.direction() == null) {
                continue; // neither declared nor readable: nothing to count (the validator reports it)
            }
            counted++;
            boolean isQualitative = target != null ? isUnquantified(target) : node.direction() == Direction.QUALITATIVE;
            if (isQualitative) {
                qualitative++;
            }
        }
        if (counted == 0) {
            return;
        }
        BigDecimal share = new BigDecimal(qualitative).divide(new BigDecimal(counted), 10, RoundingMode.HALF_UP);
        if (share.compareTo(thresholds.maxQualitativeShare()) > 0) {
            issues.add(ValidationIssue.warning("", QUALITATIVE_SHARE_HIGH, "定性指标 " + qualitative + " 个，占末级指标 "
                    + counted + " 个的 " + percent(share) + "，超过 " + percent(thresholds.maxQualitativeShare())
                    + "，请尽量细化、量化"));
        }
    }

    private static void checkDuplicateNames(Scan scan, List<ValidationIssue> issues) {
        List<Group> groups = new ArrayList<>(scan.explicitGroups());
        groups.add(scan.root());
        for (Group group : groups) {
            Map<String, String> firstPathByName = new HashMap<>();
            for (Leaf leaf : group.leaves) {
                String key = nameKey(leaf.node());
                if (key.isEmpty()) {
                    continue;
                }
                String first = firstPathByName.putIfAbsent(key, leaf.path());
                if (first != null) {
                    issues.add(ValidationIssue.warning(leaf.path(), DUPLICATE_NAME,
                            "指标名称“" + name(leaf.node()) + "”重复，已用于 " + first));
                }
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    /**
     * 定性 in the sense of the check: nothing countable to compare with. A rank (前三) and a frequency (每周一次)
     * are countable; a grade, an achievement word, a trend without number and a composite description are not.
     */
    private static boolean isUnquantified(TargetValue target) {
        if (target.isNumeric()) {
            return false;
        }
        return switch (target.kind()) {
            case RANK, FREQUENCY -> false;
            case TREND -> target.value() == null;
            case GRADE_SCALE, ACHIEVED, COMPOSITE -> true;
        };
    }

    private static TargetValue parsedTarget(IndicatorDefinition node) {
        if (node.target() == null || node.target().isBlank()) {
            return null;
        }
        try {
            return TargetValueParser.parse(node.target());
        } catch (TargetParseException e) {
            return null;
        }
    }

    /** 辖区居民满意度 and “辖区居民满意度 ” are the same name; case and width differences too. */
    private static String nameKey(IndicatorDefinition node) {
        return node.name() == null ? "" : TextNormaliser.normalise(node.name()).toLowerCase(java.util.Locale.ROOT);
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static String name(IndicatorDefinition node) {
        return node.name() == null || node.name().isBlank() ? String.valueOf(node.code()) : node.name().strip();
    }

    private static String segment(IndicatorDefinition node, int index) {
        return node.code() == null || node.code().isBlank() ? "#" + index : node.code();
    }
}
