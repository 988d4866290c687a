package org.jixiao.indicator.domain.framework;

import java.util.List;

/** A node present in both versions, with the fields that differ (never empty). */
public record NodeChange(String code, List<FieldChange> fields) {

    public NodeChange {
        fields = List.copyOf(fields);
    }
}
