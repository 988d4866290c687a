package org.jixiao.commons.audit;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.Produces;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jixiao.commons.api.Page;
import org.jixiao.commons.audit.AuditQuery.AuditEntryView;
import org.jixiao.commons.security.Roles;

/**
 * The audit query every service serves. A service subclasses it only to give its own path
 * ({@code /api/v1/audit/<service>}), since paths must be unique across services for the gateway to route them.
 */
public abstract class AuditEndpoint {
    private final AuditQuery audit;

    protected AuditEndpoint(AuditQuery audit) {
        this.audit = audit;
    }

    @GET
    @RolesAllowed(Roles.FINANCE_ADMIN)
    @Operation(operationId = "listAuditEntries", summary = "Audit entries inside the caller's region, newest first (finance-admins)",
            description = "Who changed what: subject, roles, region, action, resource, request id, summary. from "
                    + "(inclusive) and to (exclusive) are ISO-8601 dates or date-times with offset.")
    @Produces(MediaType.APPLICATION_JSON)
    public Page<AuditEntryView> list(@QueryParam("resourceType") String resourceType, @QueryParam("resourceId") String resourceId,
            @QueryParam("action") String action, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return audit.search(resourceType, resourceId, action, from, to, page, size);
    }
}
