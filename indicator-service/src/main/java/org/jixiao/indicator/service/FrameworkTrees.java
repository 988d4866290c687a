package org.jixiao.indicator.service;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import org.jixiao.commons.problem.Problem.FieldError;
import org.jixiao.commons.problem.ProblemException;
import org.jixiao.indicator.domain.framework.FrameworkValidator;
import org.jixiao.indicator.domain.framework.IndicatorCategory;
import org.jixiao.indicator.domain.framework.IndicatorDefinition;
import org.jixiao.indicator.domain.framework.IndicatorSubCategory;
import org.jixiao.indicator.domain.framework.Severity;
import org.jixiao.indicator.domain.framework.ValidationIssue;
import org.jixiao.indicator.domain.target.TargetParseException;
import org.jixiao.indicator.domain.target.TargetValueParser;
import org.jixiao.indicator.rest.FrameworkDtos.FrameworkNode;
import org.jixiao.indicator.rest.FrameworkDtos.ParsedTarget;

/** Operations on the JSON-shaped tree ({@link FrameworkNode}) shared by frameworks, declarations and the library. */
public final class FrameworkTrees {
    /** An answer names at most this many problems; a tree with thousands of bad nodes gets a readable reply. */
    public static final int MAX_ERRORS = 100;
    /**
     * Deeper than the validator inspects, so a slightly too deep tree still gets a DEPTH_EXCEEDED issue naming the
     * node; anything deeper is refused before any recursive step.
     */
    public static final int MAX_SHAPE_DEPTH = 20;

    private FrameworkTrees() {
    }

    private record Frame(FrameworkNode node, String path, int depth) {
    }

    /**
     * Refuses, without recursion and before anything else looks at the tree, what cannot be a framework: missing
     * nodes, more than {@link FrameworkValidator#MAX_NODES} nodes, more than {@link #MAX_SHAPE_DEPTH} levels.
     */
    public static void checkShape(List<FrameworkNode> nodes, String field) {
        if (nodes == null) {
            return; // bean validation reports a missing list
        }
        Deque<Frame> stack = new ArrayDeque<>();
        int count = 0;
        for (int i = nodes.size() - 1; i >= 0; i--) {
            stack.push(new Frame(nodes.get(i), field + "[" + i + "]", 1));
        }
        while (!stack.isEmpty()) {
            Frame frame = stack.pop();
            if (++count > FrameworkValidator.MAX_NODES) {
                throw ProblemException.invalid(field, FrameworkValidator.FRAMEWORK_TOO_LARGE,
                        "指标体系超过 " + FrameworkValidator.MAX_NODES + " 个指标");
            }
            if (frame.node() == null) {
                throw ProblemException.invalid(frame.path(), FrameworkValidator.NODE_MISSING, "指标为空");
            }
            List<FrameworkNode> children = frame.node().children();
            if (children == null || children.isEmpty()) {
                continue;
            }
            if (frame.depth() >= MAX_SHAPE_DEPTH) {
                throw ProblemException.invalid(frame.path() + ".children", FrameworkValidator.DEPTH_EXCEEDED,
                        "指标层级超过 " + MAX_SHAPE_DEPTH + " 层");
            }
            if (children.size() + count > FrameworkValidator.MAX_NODES) {
                throw ProblemException.invalid(frame.path() + ".children", FrameworkValidator.FRAMEWORK_TOO_LARGE,
                        "指标体系超过 " + FrameworkValidator.MAX_NODES + " 个指标");
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(new Frame(children.get(i), frame.path() + ".children[" + i + "]", frame.depth() + 1));
            }
        }
    }

    public static List<IndicatorDefinition> toDomain(List<FrameworkNode> nodes) {
        return nodes.stream().map(FrameworkTrees::toDomain).toList();
    }

    public static IndicatorDefinition toDomain(FrameworkNode n) {
        List<IndicatorDefinition> children = n.children() == null ? List.of()
                : n.children().stream().map(FrameworkTrees::toDomain).toList();
        return new IndicatorDefinition(n.code(), n.name(), n.level(), n.weight(), n.category(), n.subCategory(),
                n.direction(), n.target(), n.measureUnit(), n.scoringMethod(), n.scoringRule(), n.origin(),
                n.dataBinding(), children);
    }

    /** Validator ERRORs as field errors, followed by the target parser's. */
    public static List<FieldError> errors(List<ValidationIssue> issues) {
        List<FieldError> errors = new ArrayList<>();
        for (ValidationIssue issue : issues) {
            if (issue.severity() == Severity.ERROR) {
                errors.add(new FieldError(issue.path(), issue.code(), issue.message()));
            }
        }
        return errors;
    }

    /** At most {@link #MAX_ERRORS} entries; the last one says how many more were left out. */
    public static List<FieldError> capped(List<FieldError> errors) {
        if (errors.size() <= MAX_ERRORS) {
            return errors;
        }
        List<FieldError> head = new ArrayList<>(errors.subList(0, MAX_ERRORS));
        head.add(new FieldError("nodes", "TOO_MANY_ERRORS", "另有 " + (errors.size() - MAX_ERRORS) + " 处错误未列出"));
        return head;
    }

    /** The tree with each node's target parsed; unparseable targets are added to {@code errors}. */
    public static List<FrameworkNode> withParsedTargets(List<FrameworkNode> nodes, String path, List<FieldError> errors) {
        List<FrameworkNode> result = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            FrameworkNode n = nodes.get(i);
            String here = path + "[" + i + "]";
            ParsedTarget target = null;
            if (n.target() != null && !n.target().isBlank()) {
                try {
                    target = ParsedTarget.of(TargetValueParser.parse(n.target()));
                } catch (TargetParseException e) {
                    if (errors.size() <= MAX_ERRORS) {
                        errors.add(new FieldError(here + ".target", e.code(), e.getMessage()));
                    }
                }
            }
            List<FrameworkNode> children = n.children() == null ? List.of()
                    : withParsedTargets(n.children(), here + ".children", errors);
            result.add(copy(n, target, children));
        }
        return result;
    }

    public static FrameworkNode copy(FrameworkNode n, ParsedTarget target, List<FrameworkNode> children) {
        return new FrameworkNode(n.code(), n.name(), n.level(), n.weight(), n.category(), n.subCategory(),
                n.direction(), n.target(), n.measureUnit(), n.scoringMethod(), n.methodParameters(),
                n.scoringRule(), n.origin(), n.dataBinding(), target, children);
    }

    public static int countLeaves(List<FrameworkNode> nodes) {
        int leaves = 0;
        for (FrameworkNode n : nodes) {
            leaves += isLeaf(n) ? 1 : countLeaves(n.children());
        }
        return leaves;
    }

    public static boolean isLeaf(FrameworkNode n) {
        return n.children() == null || n.children().isEmpty();
    }

    /** A scored leaf with the 一级 category and 二级 sub-category it sits under (inherited when not its own). */
    public record PlacedLeaf(FrameworkNode node, IndicatorCategory category, IndicatorSubCategory subCategory) {
    }

    public static List<PlacedLeaf> placedLeaves(List<FrameworkNode> nodes) {
        List<PlacedLeaf> out = new ArrayList<>();
        collect(nodes, null, null, out);
        return out;
    }

    private static void collect(List<FrameworkNode> nodes, IndicatorCategory category, IndicatorSubCategory sub,
            List<PlacedLeaf> out) {
        for (FrameworkNode n : nodes) {
            IndicatorCategory c = n.category() != null && !n.category().isGroup() ? n.category() : category;
            IndicatorSubCategory s = n.subCategory() != null ? n.subCategory() : sub;
            if (isLeaf(n)) {
                if (n.category() == null || !n.category().isGroup()) {
                    out.add(new PlacedLeaf(n, c, s));
                }
            } else {
                collect(n.children(), c, s, out);
            }
        }
    }

    public static FrameworkNode find(List<FrameworkNode> nodes, String code) {
        for (FrameworkNode n : nodes) {
            if (code.equals(n.code())) {
                return n;
            }
            if (!isLeaf(n)) {
                FrameworkNode found = find(n.children(), code);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * A copy of the tree in which the node {@code code} is replaced by what {@code change} returns (no node deletes
     * it, one node edits it); {@code null} when no node has that code.
     */
    public static List<FrameworkNode> replace(List<FrameworkNode> nodes, String code,
            Function<FrameworkNode, List<FrameworkNode>> change) {
        List<FrameworkNode> result = new ArrayList<>(nodes.size());
        boolean found = false;
        for (FrameworkNode n : nodes) {
            if (!found && code.equals(n.code())) {
                result.addAll(change.apply(n));
                found = true;
            } else if (!found && !isLeaf(n)) {
                List<FrameworkNode> children = replace(n.children(), code, change);
                if (children != null) {
                    result.add(copy(n, n.parsedTarget(), children));
                    found = true;
                } else {
                    result.add(n);
                }
            } else {
                result.add(n);
            }
        }
        return found ? result : null;
    }
}
