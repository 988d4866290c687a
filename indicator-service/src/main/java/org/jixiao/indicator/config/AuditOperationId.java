package org.jixiao.indicator.config;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * Names the audit query of this service in the OpenAPI document while commons' {@code AuditEndpoint} gives it no
 * operationId (docs/api.md: every operation has one). It only fills a missing id, so it does nothing once commons
 * names the operation, and can then be deleted.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class AuditOperationId implements OASFilter {
    static final String PATH = "/api/v1/audit/indicator";
    static final String OPERATION_ID = "listIndicatorAuditEntries";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        PathItem audit = openAPI.getPaths() == null ? null : openAPI.getPaths().getPathItem(PATH);
        Operation list = audit == null ? null : audit.getGET();
        if (list != null && (list.getOperationId() == null || list.getOperationId().isBlank())) {
            list.setOperationId(OPERATION_ID);
        }
    }
}
