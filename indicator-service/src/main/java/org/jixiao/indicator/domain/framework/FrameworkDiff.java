package org.jixiao.indicator.domain.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed from one version of a framework to another, matched by node code: nodes added, nodes removed,
 * and for nodes in both the fields whose values differ, old → new.
 *
 * <p>Numbers compare by value, not by scale: a weight of 2.5 stored once as "2.5" and once as "2.50" is the same
 * weight, and reporting it would bury real changes under noise. The order of siblings is not part of the diff.
 */
public record FrameworkDiff(List<NodeSnapshot> added, List<NodeSnapshot> removed, List<NodeChange> changed) {

    public FrameworkDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    /**
     * The diff from {@code from} (the older version) to {@code to}. Added nodes keep {@code to}'s order, removed
     * ones {@code from}'s, changed ones {@code to}'s.
     *
     * @throws IllegalArgumentException when a code occurs twice within one version (it could not be matched)
     */
    public static FrameworkDiff between(List<NodeSnapshot> from, List<NodeSnapshot> to) {
        Map<String, NodeSnapshot> before = byCode(from, "from");
        Map<String, NodeSnapshot> after = byCode(to, "to");
        List<NodeSnapshot> added = new ArrayList<>();
        List<NodeChange> changed = new ArrayList<>();
        for (NodeSnapshot node : after.values()) {
            NodeSnapshot old = before.get(node.code());
            if (old == null) {
                added.add(node);
                continue;
            }
            List<FieldChange> fields = fieldChanges(old, node);
            if (!fields.isEmpty()) {
                changed.add(new NodeChange(node.code(), fields));
            }
        }
        List<NodeSnapshot> removed = before.values().stream().filter(n -> !after.containsKey(n.code())).toList();
        return new FrameworkDiff(added, removed, changed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /**
     * {@code from} with this diff applied: removed nodes dropped, changed fields set to their new values, added
     * nodes appended. Applying {@code between(a, b)} to {@code a} gives {@code b} up to node order, which is what
     * makes the diff a complete account of the differences.
     */
    public List<NodeSnapshot> applyTo(List<NodeSnapshot> from) {
        Map<String, NodeSnapshot> nodes = byCode(from, "from");
        removed.forEach(n -> nodes.remove(n.code()));
        for (NodeChange change : changed) {
            NodeSnapshot node = nodes.get(change.code());
            if (node == null) {
                throw new IllegalArgumentException("changed node " + change.code() + " is not in the version");
            }
            Map<String, Object> fields = new LinkedHashMap<>(node.fields());
            for (FieldChange field : change.fields()) {
                fields.put(field.field(), field.newValue());
            }
            nodes.put(node.code(), new NodeSnapshot(node.code(), fields));
        }
        for (NodeSnapshot node : added) {
            if (nodes.putIfAbsent(node.code(), node) != null) {
                throw new IllegalArgumentException("added node " + node.code() + " is already in the version");
            }
        }
        return List.copyOf(nodes.values());
    }

    /** Whether two field values are the same, numbers by value and collections element by element. */
    public static boolean sameValue(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (!x.keySet().equals(y.keySet())) {
                return false;
            }
            return x.entrySet().stream().allMatch(e -> sameValue(e.getValue(), y.get(e.getKey())));
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            Iterator<?> i = x.iterator();
            Iterator<?> j = y.iterator();
            while (i.hasNext()) {
                if (!sameValue(i.next(), j.next())) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }

    private static List<FieldChange> fieldChanges(NodeSnapshot old, NodeSnapshot now) {
        Set<String> names = new LinkedHashSet<>(old.fields().keySet());
        names.addAll(now.fields().keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String name : names) {
            Object before = old.field(name);
            Object after = now.field(name);
            if (!sameValue(before, after)) {
                changes.add(new FieldChange(name, before, after));
            }
        }
        return changes;
    }

    private static Map<String, NodeSnapshot> byCode(List<NodeSnapshot> nodes, String side) {
        Map<String, NodeSnapshot> byCode = new LinkedHashMap<>();
        for (NodeSnapshot node : nodes) {
            if (byCode.putIfAbsent(node.code(), node) != null) {
                throw new IllegalArgumentException("code " + node.code() + " occurs twice in " + side);
            }
        }
        return byCode;
    }
}
