package org.jixiao.report.rest;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.commons.audit.AuditEndpoint;
import org.jixiao.commons.audit.AuditQuery;

/** report-service's part of the audit trail, under its own path so that the gateway can route it. */
@Path("/api/v1/audit/report")
@Tag(name = "Audit", description = "审计日志: who changed reports, evaluators' findings and findings rules")
public class AuditResource extends AuditEndpoint {
    public AuditResource(AuditQuery audit) {
        super(audit);
    }
}
