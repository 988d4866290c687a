package org.jixiao.indicator.domain.framework;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One node of a framework version as the diff sees it: its code and its fields by name. Nesting is flattened
 * into a field (the parent's code, say), so a moved node shows up as a changed field rather than as removed and
 * added. A field that is absent and a field whose value is {@code null} mean the same thing, so null values are
 * dropped; the remaining order is kept, which makes the diff list fields in the order the caller gave them.
 *
 * @param code   unique within its version
 * @param fields field name → value (String, Number, Boolean, enum name, or Map/List of those)
 */
public record NodeSnapshot(String code, Map<String, Object> fields) {

    public NodeSnapshot {
        Objects.requireNonNull(code, "code");
        Map<String, Object> kept = new LinkedHashMap<>();
        if (fields != null) {
            fields.forEach((name, value) -> {
                if (value != null) {
                    kept.put(Objects.requireNonNull(name, "field name"), value);
                }
            });
        }
        fields = Collections.unmodifiableMap(kept);
    }

    public Object field(String name) {
        return fields.get(name);
    }
}
