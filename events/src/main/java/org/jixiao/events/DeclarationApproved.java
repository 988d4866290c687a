package org.jixiao.events;

import java.util.UUID;

/** Data of {@link EventTypes#DECLARATION_APPROVED}: a unit's 绩效目标申报 for a year was approved; key = unit code. */
public record DeclarationApproved(UUID declarationId, String unitCode, int fiscalYear, UUID templateId,
        String templateCode, int templateVersion, int leafCount) {
}
