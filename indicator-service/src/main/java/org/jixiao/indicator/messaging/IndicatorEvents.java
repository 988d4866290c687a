package org.jixiao.indicator.messaging;

import java.util.UUID;

/**
 * Integration events of indicator-service. The topics are in {@code org.jixiao.events.Topics}; the CloudEvent
 * types and data records live here until the shared {@code events} module carries them.
 */
public final class IndicatorEvents {
    public static final String FRAMEWORK_PUBLISHED_TYPE = "org.jixiao.framework.published";
    public static final String DECLARATION_APPROVED_TYPE = "org.jixiao.declaration.approved";

    private IndicatorEvents() {
    }

    /** A framework version became immutable and may be used as a template; key = framework code. */
    public record FrameworkPublished(UUID frameworkId, String code, int version, String name, int leafCount) {
    }

    /** A unit's 绩效目标申报 for a year was approved by finance; key = unit code. */
    public record DeclarationApproved(UUID declarationId, String unitCode, int fiscalYear, UUID templateId,
            String templateCode, int templateVersion, int leafCount) {
    }
}
