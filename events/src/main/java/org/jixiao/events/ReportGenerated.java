package org.jixiao.events;

import java.util.List;
import java.util.UUID;

/** Data of {@link EventTypes#REPORT_GENERATED}: the documents of one evaluation revision are stored. */
public record ReportGenerated(
        UUID reportId,
        UUID evaluationId,
        int revision,
        String unitCode,
        int fiscalYear,
        List<String> formats) {
}
