package org.jixiao.report.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.commons.api.Page;
import org.jixiao.commons.security.Roles;
import org.jixiao.report.rest.FindingsRuleDtos.NewRuleRequest;
import org.jixiao.report.rest.FindingsRuleDtos.RuleRequest;
import org.jixiao.report.rest.FindingsRuleDtos.FindingsRuleResponse;
import org.jixiao.report.service.FindingsRuleService;

@Path("/api/v1/findings-rules")
@Tag(name = "Findings rules", description = "存在问题 → 有关建议 catalogue kept as data, evaluated by a safe expression engine")
@Produces(MediaType.APPLICATION_JSON)
public class FindingsRuleResource {
    private final FindingsRuleService service;

    public FindingsRuleResource(FindingsRuleService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.DISTRICT_SYSTEM, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(operationId = "listFindingsRules",
            summary = "The catalogue in force: built-in rules (or their stored overrides), then custom rules",
            description = "Every rule the caller's region may use, enabled or not: the national catalogue and the "
                    + "rules of the caller's region, of the regions enclosing it and of those inside it. Order: the "
                    + "built-in rules in catalogue order (each replaced by its stored override, if any), then the "
                    + "custom rules oldest first (by creation time, then id). Empty for a token without a region.")
    @APIResponse(responseCode = "200", description = "one page of the catalogue")
    @Produces(MediaType.APPLICATION_JSON)
    public Page<FindingsRuleResponse> list(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE)
            @Parameter(description = "0-based page number") int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE)
            @Parameter(description = "items per page") int size) {
        return Page.slice(service.catalogue(), page, size);
    }

    @GET
    @Path("/{ruleId}")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.DISTRICT_SYSTEM, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(operationId = "getFindingsRule", summary = "One rule",
            description = "A built-in rule, its stored override, or a custom rule the caller's region may use; 404 "
                    + "for any other id.")
    @APIResponse(responseCode = "200", description = "the rule",
            content = @Content(schema = @Schema(implementation = FindingsRuleResponse.class)))
    public FindingsRuleResponse get(@PathParam("ruleId") @Parameter(example = "budget-adjustment") String ruleId) {
        return service.get(ruleId);
    }

    @POST
    @RolesAllowed(Roles.FINANCE_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createFindingsRule", summary = "Add a custom rule",
            description = "The rule belongs to the caller's region (ownerRegionCode; national for a national admin) and "
                    + "applies to the reports of that region and the regions inside it. 400 names the field (condition, "
                    + "findingTemplate, recommendationTemplate) and the position of a syntax error; 409 when the id "
                    + "exists (use PUT to replace or override).")
    @APIResponse(responseCode = "201", description = "created; Location is the rule's URL",
            content = @Content(schema = @Schema(implementation = FindingsRuleResponse.class)))
    public Response create(@NotNull @Valid NewRuleRequest request) {
        FindingsRuleResponse created = service.create(request.id(), request.withoutId());
        return Response.created(URI.create("/api/v1/findings-rules/" + created.id())).entity(created).build();
    }

    @PUT
    @RolesAllowed(Roles.FINANCE_ADMIN)
    @Path("/{ruleId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putFindingsRule", summary = "Create or replace a rule; with a built-in id it overrides (or, enabled=false, disables) it",
            description = "Built-in rules are national: only a national finance-admin overrides them. A rule of an "
                    + "enclosing region is 403; an id taken by a region the caller cannot see is 409. Answers 200 "
                    + "with the stored rule whether it was created or replaced.")
    @APIResponse(responseCode = "200", description = "stored",
            content = @Content(schema = @Schema(implementation = FindingsRuleResponse.class)))
    public FindingsRuleResponse put(
            @PathParam("ruleId") @Pattern(regexp = FindingsRuleDtos.ID_PATTERN,
                    message = "must be lower-case letters, digits and dashes, at most 64")
            @Parameter(example = "budget-adjustment") String ruleId,
            @NotNull @Valid RuleRequest request) {
        return service.put(ruleId, request);
    }

    @DELETE
    @RolesAllowed(Roles.FINANCE_ADMIN)
    @Path("/{ruleId}")
    @Operation(operationId = "deleteFindingsRule",
            summary = "Remove a stored rule; a built-in rule it overrode is in force again",
            description = "Removes a custom rule or a stored override of a built-in rule in the caller's write "
                    + "scope; a built-in rule itself cannot be removed (409: disable it with PUT enabled=false).")
    @APIResponse(responseCode = "204", description = "removed")
    public Response delete(@PathParam("ruleId") @Parameter(example = "low-funding-rate") String ruleId) {
        service.delete(ruleId);
        return Response.noContent().build();
    }
}
