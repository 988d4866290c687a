package org.jixiao.report.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.commons.security.Roles;
import org.jixiao.report.rest.FindingsRuleDtos.NewRuleRequest;
import org.jixiao.report.rest.FindingsRuleDtos.RuleRequest;
import org.jixiao.report.rest.FindingsRuleDtos.RuleResponse;
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
    @Operation(summary = "The catalogue in force: built-in rules (or their stored overrides), then custom rules")
    @APIResponse(responseCode = "200", description = "every rule, enabled or not",
            content = @Content(schema = @Schema(implementation = RuleResponse.class, type = SchemaType.ARRAY)))
    public List<RuleResponse> list() {
        return service.catalogue();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.DISTRICT_SYSTEM, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(summary = "One rule")
    @APIResponse(responseCode = "200", description = "the rule",
            content = @Content(schema = @Schema(implementation = RuleResponse.class)))
    public RuleResponse get(@PathParam("id") @Parameter(example = "budget-adjustment") String id) {
        return service.get(id);
    }

    @POST
    @RolesAllowed(Roles.FINANCE_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a custom rule",
            description = "The rule belongs to the caller's region (ownerRegion; national for a national admin) and "
                    + "applies to the reports of that region and the regions inside it. 400 names the field (condition, "
                    + "findingTemplate, recommendationTemplate) and the position of a syntax error; 409 when the id "
                    + "exists (use PUT to replace or override).")
    @APIResponse(responseCode = "201", description = "created",
            content = @Content(schema = @Schema(implementation = RuleResponse.class)))
    public Response create(@NotNull @Valid NewRuleRequest request) {
        RuleResponse created = service.create(request.id(), request.withoutId());
        return Response.created(URI.create("/api/v1/findings-rules/" + created.id())).entity(created).build();
    }

    @PUT
    @RolesAllowed(Roles.FINANCE_ADMIN)
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace a rule; with a built-in id it overrides (or, enabled=false, disables) it",
            description = "Built-in rules are national: only a national finance-admin overrides them. A rule of an "
                    + "enclosing region is 403; an id taken by a region the caller cannot see is 409.")
    @APIResponse(responseCode = "200", description = "stored",
            content = @Content(schema = @Schema(implementation = RuleResponse.class)))
    public RuleResponse put(
            @PathParam("id") @Pattern(regexp = FindingsRuleDtos.ID_PATTERN,
                    message = "must be lower-case letters, digits and dashes, at most 64") String id,
            @NotNull @Valid RuleRequest request) {
        return service.put(id, request);
    }

    @DELETE
    @RolesAllowed(Roles.FINANCE_ADMIN)
    @Path("/{id}")
    @Operation(summary = "Remove a stored rule; a built-in rule it overrode is in force again")
    @APIResponse(responseCode = "204", description = "removed")
    public Response delete(@PathParam("id") String id) {
        service.delete(id);
        return Response.noContent().build();
    }
}
