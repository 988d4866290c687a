package org.jixiao.indicator.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jixiao.indicator.domain.framework.NodeSnapshot;
import org.jixiao.indicator.rest.FrameworkDtos.Band;
import org.jixiao.indicator.rest.FrameworkDtos.FrameworkNode;
import org.jixiao.indicator.rest.FrameworkDtos.MethodParameters;

/**
 * A stored tree as the flat list of {@link NodeSnapshot}s that {@link org.jixiao.indicator.domain.framework.FrameworkDiff}
 * compares. The parsed target is left out: it follows from the target text, so it would only repeat that change.
 */
final class FrameworkSnapshots {
    private FrameworkSnapshots() {
    }

    static List<NodeSnapshot> of(List<FrameworkNode> nodes) {
        List<NodeSnapshot> out = new ArrayList<>();
        collect(nodes, null, out);
        return out;
    }

    private static void collect(List<FrameworkNode> nodes, String parent, List<NodeSnapshot> out) {
        if (nodes == null) {
            return;
        }
        for (FrameworkNode n : nodes) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("name", n.name());
            fields.put("level", n.level());
            fields.put("parent", parent);
            fields.put("weight", n.weight());
            fields.put("category", name(n.category()));
            fields.put("subCategory", name(n.subCategory()));
            fields.put("direction", name(n.direction()));
            fields.put("target", n.target());
            fields.put("measureUnit", n.measureUnit());
            fields.put("scoringMethod", name(n.scoringMethod()));
            fields.put("methodParameters", parameters(n.methodParameters()));
            fields.put("scoringRule", n.scoringRule());
            fields.put("origin", name(n.origin()));
            fields.put("dataBinding", n.dataBinding());
            out.add(new NodeSnapshot(n.code(), fields));
            collect(n.children(), n.code(), out);
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** Plain maps and lists, keys sorted, so that equal parameters compare equal whatever order they came in. */
    private static Map<String, Object> parameters(MethodParameters p) {
        if (p == null) {
            return null;
        }
        Map<String, Object> out = new TreeMap<>();
        if (p.gradeTable() != null) {
            out.put("gradeTable", new TreeMap<>(p.gradeTable()));
        }
        if (p.bands() != null) {
            List<Map<String, Object>> bands = new ArrayList<>();
            for (Band band : p.bands()) {
                Map<String, Object> b = new TreeMap<>();
                if (band != null && band.upTo() != null) {
                    b.put("upTo", band.upTo());
                }
                if (band != null && band.points() != null) {
                    b.put("points", band.points());
                }
                bands.add(b);
            }
            out.put("bands", bands);
        }
        if (p.deductionPerViolation() != null) {
            out.put("deductionPerViolation", p.deductionPerViolation());
        }
        if (p.rankLimit() != null) {
            out.put("rankLimit", p.rankLimit());
        }
        return out.isEmpty() ? null : out;
    }
}
