package org.jixiao.scoring.rest;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.commons.audit.AuditEndpoint;
import org.jixiao.commons.audit.AuditQuery;

/** scoring-service's part of the audit trail, under its own path so that the gateway can route it. */
@Path("/api/v1/audit/scoring")
@Tag(name = "Audit", description = "审计日志: who changed evaluations, grade schemes and re-score jobs")
public class AuditResource extends AuditEndpoint {
    public AuditResource(AuditQuery audit) {
        super(audit);
    }
}
