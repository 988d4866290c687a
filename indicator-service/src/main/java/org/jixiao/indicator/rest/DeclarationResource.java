package org.jixiao.indicator.rest;

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
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.commons.api.Page;
import org.jixiao.commons.security.Roles;
import org.jixiao.indicator.repository.DeclarationEntity;
import org.jixiao.indicator.rest.DeclarationDtos.DeclarationCreate;
import org.jixiao.indicator.rest.DeclarationDtos.DeclarationResponse;
import org.jixiao.indicator.rest.DeclarationDtos.DeclarationReturn;
import org.jixiao.indicator.rest.DeclarationDtos.DeclarationSummary;
import org.jixiao.indicator.rest.DeclarationDtos.DeclarationTree;
import org.jixiao.indicator.rest.DeclarationDtos.IndicatorAdd;
import org.jixiao.indicator.rest.DeclarationDtos.IndicatorFromLibrary;
import org.jixiao.indicator.rest.DeclarationDtos.IndicatorUpdate;
import org.jixiao.indicator.service.DeclarationService;
import org.jixiao.indicator.service.DeclarationSpreadsheet;

@Path("/api/v1/declarations")
@Tag(name = "Declarations", description = "绩效目标申报 (per unit and fiscal year)")
public class DeclarationResource {
    private final DeclarationService service;

    public DeclarationResource(DeclarationService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed(Roles.UNIT_REPORTER)
    @Operation(operationId = "createDeclaration", summary = "Start a declaration from a published framework version",
            description = "One declaration per unit and fiscal year (409 for a second). The template's tree is copied; "
                    + "the unit then adds specific (个性) indicators and sets targets.")
    @APIResponse(responseCode = "201", description = "The new DRAFT declaration, with its tree and findings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclarationResponse.class)))
    public Response create(@NotNull @Valid DeclarationCreate request) {
        DeclarationResponse created = service.create(request);
        return Response.created(URI.create("/api/v1/declarations/" + created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(operationId = "listDeclarations", summary = "List declarations, filtered by unit, fiscal year and status",
            description = "The declarations of the caller's region (a unit reporter: of their own unit only). Ordered "
                    + "by fiscal year descending, then unit code.")
    @Produces(MediaType.APPLICATION_JSON)
    public Page<DeclarationSummary> list(
            @QueryParam("unitCode") @Pattern(regexp = "[A-Za-z0-9_.-]{1,64}") String unitCode,
            @QueryParam("fiscalYear") @Min(2000) @Max(2100) Integer fiscalYear,
            @QueryParam("status") DeclarationEntity.Status status,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return service.list(unitCode, fiscalYear, status, page, size);
    }

    @GET
    @Path("/{declarationId}")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(operationId = "getDeclaration",
            summary = "Get a declaration with its tree, errors (block submission) and quality warnings",
            description = "404 when unknown or outside the caller's region (or, for a unit reporter, their unit).")
    public DeclarationResponse get(@PathParam("declarationId") UUID declarationId) {
        return service.get(declarationId);
    }

    @PUT
    @Path("/{declarationId}/nodes")
    @RolesAllowed(Roles.UNIT_REPORTER)
    @Operation(operationId = "replaceDeclarationTree",
            summary = "Replace the whole indicator tree of a draft or returned declaration",
            description = "Targets must parse (400 naming the field); weight sums and the like are reported by GET "
                    + "as errors and block submission.")
    public DeclarationResponse replaceTree(@PathParam("declarationId") UUID declarationId,
            @NotNull @Valid DeclarationTree request) {
        return service.replaceTree(declarationId, request.nodes());
    }

    @POST
    @Path("/{declarationId}/indicators")
    @RolesAllowed(Roles.UNIT_REPORTER)
    @Operation(operationId = "addDeclarationIndicator", summary = "Add a specific (个性) indicator under a parent node",
            description = "The declaration must be a draft or returned (409 otherwise); the code must be new in the "
                    + "tree, the parent must exist and not be a scored leaf, and the target must parse (400 naming the "
                    + "field). Answers the whole declaration.")
    public DeclarationResponse addIndicator(@PathParam("declarationId") UUID declarationId,
            @NotNull @Valid IndicatorAdd request) {
        return service.addIndicator(declarationId, request);
    }

    @POST
    @Path("/{declarationId}/indicators/from-library")
    @RolesAllowed(Roles.UNIT_REPORTER)
    @Operation(operationId = "copyLibraryIndicator", summary = "Copy an indicator of the library under a parent node",
            description = "The library indicator's definition is placed under `parentCode` with the given code, "
                    + "weight and (optionally) target, and its usage count goes up. Draft or returned declarations "
                    + "only (409 otherwise). Answers the whole declaration.")
    public DeclarationResponse copyFromLibrary(@PathParam("declarationId") UUID declarationId,
            @NotNull @Valid IndicatorFromLibrary request) {
        return service.copyFromLibrary(declarationId, request);
    }

    @PATCH
    @Path("/{declarationId}/indicators/{indicatorCode}")
    @RolesAllowed(Roles.UNIT_REPORTER)
    @Operation(operationId = "updateDeclarationIndicator",
            summary = "Change an indicator's target, weight, method …; absent fields stay as they are",
            description = "Draft or returned declarations only (409 otherwise); 404 when no node has the code. "
                    + "Answers the whole declaration.")
    public DeclarationResponse updateIndicator(@PathParam("declarationId") UUID declarationId,
            @PathParam("indicatorCode") @Parameter(description = "the node's code in the tree", example = "G4.6")
            String indicatorCode,
            @NotNull @Valid IndicatorUpdate request) {
        return service.updateIndicator(declarationId, indicatorCode, request);
    }

    @DELETE
    @Path("/{declarationId}/indicators/{indicatorCode}")
    @RolesAllowed(Roles.UNIT_REPORTER)
    @Operation(operationId = "removeDeclarationIndicator", summary = "Remove an indicator (with everything under it)",
            description = "Draft or returned declarations only (409 otherwise, and when it would leave no indicator); "
                    + "404 when no node has the code. Answers the whole declaration.")
    public DeclarationResponse removeIndicator(@PathParam("declarationId") UUID declarationId,
            @PathParam("indicatorCode") @Parameter(description = "the node's code in the tree", example = "G4.6")
            String indicatorCode) {
        return service.removeIndicator(declarationId, indicatorCode);
    }

    @GET
    @Path("/{declarationId}/xlsx")
    @Produces(DeclarationSpreadsheet.MEDIA_TYPE)
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(operationId = "exportDeclarationXlsx", summary = "Export the declaration as XLSX",
            description = "ACTIVITY: seed 003's columns 活动 | 一级指标 | 二级指标 | 三级指标 | 绩效指标性质 | 绩效指标值 | 绩效度量单位 | 权重; "
                    + "GOAL: seed 004's 年度目标 | 一级指标 | 二级指标 | 三级指标 | 年初目标值 | 分值.")
    @APIResponse(responseCode = "200", description = "the workbook",
            content = @Content(mediaType = DeclarationSpreadsheet.MEDIA_TYPE))
    public Response exportXlsx(@PathParam("declarationId") UUID declarationId,
            @QueryParam("layout") @DefaultValue("ACTIVITY") DeclarationSpreadsheet.Layout layout) {
        return Response.ok(service.exportXlsx(declarationId, layout), DeclarationSpreadsheet.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"declaration-" + declarationId + ".xlsx\"")
                .build();
    }

    @PUT
    @Path("/{declarationId}/xlsx")
    @Consumes(DeclarationSpreadsheet.MEDIA_TYPE)
    @RolesAllowed(Roles.UNIT_REPORTER)
    @Operation(operationId = "importDeclarationXlsx",
            summary = "Replace the tree of a draft or returned declaration with the rows of an XLSX file",
            description = "Same columns as the export; the first row is the header. Every bad row is reported as "
                    + "rows[n].<column> (n = spreadsheet row − 1), and nothing is changed.")
    public DeclarationResponse importXlsx(@PathParam("declarationId") UUID declarationId,
            @QueryParam("layout") @DefaultValue("ACTIVITY") DeclarationSpreadsheet.Layout layout,
            @NotNull byte[] xlsx) {
        return service.importXlsx(declarationId, layout, xlsx);
    }

    @POST
    @Path("/{declarationId}/submit")
    @RolesAllowed(Roles.UNIT_REPORTER)
    @Operation(operationId = "submitDeclaration", summary = "Submit a draft or returned declaration",
            description = "409 while it has errors (listed in the problem) or when it is in another state.")
    public DeclarationResponse submit(@PathParam("declarationId") UUID declarationId) {
        return service.submit(declarationId);
    }

    @POST
    @Path("/{declarationId}/return")
    @RolesAllowed(Roles.FINANCE_ADMIN)
    @Operation(operationId = "returnDeclaration", summary = "Return a submitted declaration to the unit, with the reason",
            description = "The unit can then edit and submit it again; 409 unless it is SUBMITTED.")
    public DeclarationResponse returnToUnit(@PathParam("declarationId") UUID declarationId,
            @NotNull @Valid DeclarationReturn request) {
        return service.returnToUnit(declarationId, request.reason());
    }

    @POST
    @Path("/{declarationId}/approve")
    @RolesAllowed(Roles.FINANCE_ADMIN)
    @Operation(operationId = "approveDeclaration", summary = "Approve a submitted declaration",
            description = "Publishes declaration.approved and adds its indicators to the library (or counts one more "
                    + "use of those already there); 409 unless it is SUBMITTED.")
    public DeclarationResponse approve(@PathParam("declarationId") UUID declarationId) {
        return service.approve(declarationId);
    }
}
