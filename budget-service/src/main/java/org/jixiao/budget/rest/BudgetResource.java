package org.jixiao.budget.rest;

import jakarta.ws.rs.Produces;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.budget.rest.BudgetDtos.BudgetRequest;
import org.jixiao.budget.rest.BudgetDtos.BudgetResponse;
import org.jixiao.budget.rest.BudgetDtos.HistoryEntry;
import org.jixiao.budget.rest.BudgetDtos.MetricsResponse;
import org.jixiao.budget.service.BudgetService;
import org.jixiao.budget.service.imports.JsonBudgetRowReader;
import org.jixiao.budget.service.imports.RawRow;
import org.jixiao.commons.api.Page;
import org.jixiao.commons.problem.ProblemException;
import org.jixiao.commons.security.Roles;

@Path("/api/v1/budgets/{unitCode}/{fiscalYear}")
@Tag(name = "Budgets", description = "预算与财政指标")
public class BudgetResource {
    private final BudgetService service;
    private final ObjectMapper json;

    public BudgetResource(BudgetService service, ObjectMapper json) {
        this.service = service;
        this.json = json;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.DISTRICT_SYSTEM})
    @Operation(operationId = "putBudget", summary = "Create or replace a unit's figures for a fiscal year",
            description = "The body is one push row (the fields of POST /api/v1/imports/budgets, same types, same "
                    + "validation): everything a push sets, a PUT sets, and a PUT of a row answers and stores exactly "
                    + "what a push of that row would (breakdowns and fund sources included, detail lists carried "
                    + "replaced). Amounts in the stated amountUnit are stored exactly and answered in 元. unitCode and "
                    + "fiscalYear may be left out of the body; given, they must equal the path (PATH_MISMATCH). 400 "
                    + "names every bad field with the push's codes (MISSING_FIELD, NEGATIVE_AMOUNT, TOO_MANY_DECIMALS, "
                    + "BASIC_PLUS_PROJECT_NOT_TOTAL, UNKNOWN_FIELD, …). A repeated identical PUT changes nothing.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BudgetRequest.class),
            examples = @ExampleObject(name = "seed 001 in 万元", value = """
                    {"amountUnit":"TEN_THOUSAND_YUAN","initialBudget":"552.45","adjustedBudget":"667.92",
                     "actualExpenditure":"667.92","basicExpenditure":"600.00","personnelExpenditure":"450.00",
                     "operatingExpenditure":"150.00","projectExpenditure":"67.92",
                     "fundSourceExpenditure":{"GENERAL_APPROPRIATION":"667.92","UNIT_OWN":"326.15"},
                     "allSourceExpenditure":"994.07"}""")))
    @APIResponse(responseCode = "200", description = "Stored (or unchanged), in 元",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BudgetResponse.class)))
    public BudgetResponse put(@PathParam("unitCode") @Parameter(example = "620201001") String unitCode,
            @PathParam("fiscalYear") @Min(BudgetDtos.MIN_YEAR) @Max(BudgetDtos.MAX_YEAR) int fiscalYear,
            @Parameter(description = "id of the calling system, recorded in the history as its source system",
                    example = "district-620201") @HeaderParam(RequestHeaders.SOURCE_SYSTEM) String sourceSystem,
            InputStream body) {
        String source = RequestHeaders.sourceSystem(sourceSystem);
        RawRow row;
        try {
            JsonParser parser = json.getFactory().createParser(body);
            row = JsonBudgetRowReader.readSingle(parser);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request body", e);
        }
        return service.put(unitCode, fiscalYear, row, source);
    }

    @GET
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.DISTRICT_SYSTEM, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(operationId = "getBudget", summary = "Get a unit's figures for a fiscal year, in 元, now or as of a past instant",
            description = "With asOf, the figures as they stood at that instant (from the history); 404 when the "
                    + "unit-year had no figures yet.")
    public BudgetResponse get(@PathParam("unitCode") @Parameter(example = "620201001") String unitCode,
            @PathParam("fiscalYear") @Min(BudgetDtos.MIN_YEAR) @Max(BudgetDtos.MAX_YEAR) int fiscalYear,
            @Parameter(description = "ISO 8601 instant with offset", example = "2024-03-01T00:00:00Z")
            @QueryParam("asOf") String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return service.get(unitCode, fiscalYear);
        }
        OffsetDateTime instant;
        try {
            instant = OffsetDateTime.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("asOf", "INVALID_INSTANT",
                    "an ISO 8601 instant with offset, e.g. 2024-03-01T00:00:00Z or 2024-03-01T08:00:00+08:00");
        }
        return service.getAsOf(unitCode, fiscalYear, instant);
    }

    @GET
    @Path("/history")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.DISTRICT_SYSTEM, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(operationId = "getBudgetHistory", summary = "Every change of a unit's figures for a fiscal year, paged",
            description = "Oldest first (by version): who (the caller's token subject), when, source system, request "
                    + "id, Idempotency-Key of a bulk push, and the resource before and after. 404 when the unit-year "
                    + "never had figures.")
    @Produces(MediaType.APPLICATION_JSON)
    public Page<HistoryEntry> history(@PathParam("unitCode") @Parameter(example = "620201001") String unitCode,
            @PathParam("fiscalYear") @Min(BudgetDtos.MIN_YEAR) @Max(BudgetDtos.MAX_YEAR) int fiscalYear,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return service.history(unitCode, fiscalYear, page, size);
    }

    @GET
    @Path("/metrics")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.DISTRICT_SYSTEM, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(operationId = "getBudgetMetrics",
            summary = "Fiscal metrics (预算执行率, 预算调整率 …) with formula, inputs and value",
            description = "Every metric of the unit-year, in a fixed order, with its formula, its inputs (元, or head "
                    + "counts) and its value in percent (2 decimals), or the reason it is undefined. 编制数 and 在职人数 "
                    + "come from the unit's profile, 三公经费 and 专项资金 from their detail lists, when the figures do not "
                    + "state them. 404 when the unit-year has no figures.")
    public MetricsResponse metrics(@PathParam("unitCode") @Parameter(example = "620201001") String unitCode,
            @PathParam("fiscalYear") @Min(BudgetDtos.MIN_YEAR) @Max(BudgetDtos.MAX_YEAR) int fiscalYear) {
        return service.metrics(unitCode, fiscalYear);
    }
}
