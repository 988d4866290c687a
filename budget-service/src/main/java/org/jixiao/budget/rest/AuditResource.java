package org.jixiao.budget.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.commons.audit.AuditQuery;
import org.jixiao.commons.audit.AuditQuery.AuditPage;
import org.jixiao.commons.security.Roles;

/** budget-service's part of the audit trail; its own path, so the gateway can route it (docs/security.md). */
@Path("/api/v1/audit/budget")
@Tag(name = "Audit", description = "审计日志: who changed units, unit profiles, budgets and imports")
public class AuditResource {
    private final AuditQuery audit;

    public AuditResource(AuditQuery audit) {
        this.audit = audit;
    }

    @GET
    @RolesAllowed(Roles.FINANCE_ADMIN)
    @Operation(summary = "Audit entries inside the caller's region, newest first (finance-admins)",
            description = "resourceType: Unit, UnitProfile and Budget (id unitCode/fiscalYear), BudgetImport (id: the "
                    + "request id of the push), BudgetImportJob. from (inclusive) and to (exclusive) are ISO-8601 "
                    + "dates or date-times with offset.")
    public AuditPage list(@QueryParam("resourceType") String resourceType, @QueryParam("resourceId") String resourceId,
            @QueryParam("action") String action, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return audit.search(resourceType, resourceId, action, from, to, page, size);
    }
}
