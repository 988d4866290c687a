package org.jixiao.report.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.commons.audit.AuditEndpoint;
import org.jixiao.commons.audit.AuditQuery;
import org.jixiao.commons.audit.AuditQuery.AuditPage;
import org.jixiao.commons.security.Roles;

/** report-service's part of the audit trail, under its own path so that the gateway can route it. */
@Path("/api/v1/audit/report")
@Tag(name = "Audit", description = "审计日志: who changed reports, evaluators' findings and findings rules")
public class AuditResource extends AuditEndpoint {
    public AuditResource(AuditQuery audit) {
        super(audit);
    }

    /**
     * Only names the operation: commons' {@link AuditEndpoint} has no operationId, and one per service keeps the ids
     * unique across the suite. The OpenAPI scanner reads the operation from the method carrying the JAX-RS
     * annotations, so they are repeated here exactly as in commons (same parameters, defaults and role), and the
     * call goes to the commons method.
     */
    @Override
    @RolesAllowed(Roles.FINANCE_ADMIN)
    @Operation(operationId = "listReportAuditEntries",
            summary = "Audit entries of report-service inside the caller's region, newest first (finance-admins)",
            description = "Who changed reports, evaluators' findings and findings rules: subject, roles, region, "
                    + "action, resource, request id, summary. from (inclusive) and to (exclusive) are ISO-8601 dates "
                    + "or date-times with offset. Order: newest first.")
    @GET
    public AuditPage list(@QueryParam("resourceType") String resourceType, @QueryParam("resourceId") String resourceId,
            @QueryParam("action") String action, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return super.list(resourceType, resourceId, action, from, to, page, size);
    }
}
