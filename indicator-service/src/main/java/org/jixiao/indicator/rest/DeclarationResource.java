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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
    @Operation(summary = "Start a declaration from a published framework version",
            description = "One declaration per unit and year (409 for a second). The template's tree is copied; the "
                    + "unit then adds specific (个性) indicators and sets targets.")
    public Response create(@NotNull @Valid DeclarationCreate request) {
        DeclarationResponse created = service.create(request);
        return Response.created(URI.create("/api/v1/declarations/" + created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(summary = "List declarations, filtered by unit, year and status")
    public List<DeclarationSummary> list(
            @QueryParam("unitCode") @Pattern(regexp = "[A-Za-z0-9_.-]{1,64}") String unitCode,
            @QueryParam("fiscalYear") @Min(2000) @Max(2100) Integer fiscalYear,
            @QueryParam("status") DeclarationEntity.Status status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return service.list(unitCode, fiscalYear, status, page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(summary = "Get a declaration with its tree, errors (block submission) and quality warnings")
    public DeclarationResponse get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}/nodes")
    @RolesAllowed(Roles.UNIT_REPORTER)
    @Operation(summary = "Replace the whole indicator tree of a draft or returned declaration",
            description = "Targets must parse (400 naming the field); weight sums and the like are reported by GET "
                    + "as errors and block submission.")
    public DeclarationResponse replaceTree(@PathParam("id") UUID id, @NotNull @Valid DeclarationTree request) {
        return service.replaceTree(id, request.nodes());
    }

    @POST
    @Path("/{id}/indicators")
    @RolesAllowed(Roles.UNIT_REPORTER)
    @Operation(summary = "Add a specific (个性) indicator under a parent node")
    public DeclarationResponse addIndicator(@PathParam("id") UUID id, @NotNull @Valid IndicatorAdd request) {
        return service.addIndicator(id, request);
    }

    @POST
    @Path("/{id}/indicators/from-library")
    @RolesAllowed(Roles.UNIT_REPORTER)
    @Operation(summary = "Copy an indicator of the library under a parent node")
    public DeclarationResponse copyFromLibrary(@PathParam("id") UUID id, @NotNull @Valid IndicatorFromLibrary request) {
        return service.copyFromLibrary(id, request);
    }

    @PATCH
    @Path("/{id}/indicators/{code}")
    @RolesAllowed(Roles.UNIT_REPORTER)
    @Operation(summary = "Change an indicator's target, weight, method …; absent fields stay as they are")
    public DeclarationResponse updateIndicator(@PathParam("id") UUID id, @PathParam("code") String code,
            @NotNull @Valid IndicatorUpdate request) {
        return service.updateIndicator(id, code, request);
    }

    @DELETE
    @Path("/{id}/indicators/{code}")
    @RolesAllowed(Roles.UNIT_REPORTER)
    @Operation(summary = "Remove an indicator (with everything under it)")
    public DeclarationResponse removeIndicator(@PathParam("id") UUID id, @PathParam("code") String code) {
        return service.removeIndicator(id, code);
    }

    @GET
    @Path("/{id}/xlsx")
    @Produces(DeclarationSpreadsheet.MEDIA_TYPE)
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(summary = "Export the declaration as XLSX",
            description = "ACTIVITY: seed 003's columns 活动 | 一级指标 | 二级指标 | 三级指标 | 绩效指标性质 | 绩效指标值 | 绩效度量单位 | 权重; "
                    + "GOAL: seed 004's 年度目标 | 一级指标 | 二级指标 | 三级指标 | 年初目标值 | 分值.")
    @APIResponse(responseCode = "200", description = "the workbook",
            content = @Content(mediaType = DeclarationSpreadsheet.MEDIA_TYPE))
    public Response exportXlsx(@PathParam("id") UUID id,
            @QueryParam("layout") @DefaultValue("ACTIVITY") DeclarationSpreadsheet.Layout layout) {
        return Response.ok(service.exportXlsx(id, layout), DeclarationSpreadsheet.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"declaration-" + id + ".xlsx\"").build();
    }

    @PUT
    @Path("/{id}/xlsx")
    @Consumes(DeclarationSpreadsheet.MEDIA_TYPE)
    @RolesAllowed(Roles.UNIT_REPORTER)
    @Operation(summary = "Replace the tree of a draft or returned declaration with the rows of an XLSX file",
            description = "Same columns as the export; the first row is the header. Every bad row is reported as "
                    + "rows[n].<column> (n = spreadsheet row − 1), and nothing is changed.")
    public DeclarationResponse importXlsx(@PathParam("id") UUID id,
            @QueryParam("layout") @DefaultValue("ACTIVITY") DeclarationSpreadsheet.Layout layout,
            @NotNull byte[] xlsx) {
        return service.importXlsx(id, layout, xlsx);
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed(Roles.UNIT_REPORTER)
    @Operation(summary = "Submit a draft or returned declaration (409 while it has errors or in another state)")
    public DeclarationResponse submit(@PathParam("id") UUID id) {
        return service.submit(id);
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed(Roles.FINANCE_ADMIN)
    @Operation(summary = "Return a submitted declaration to the unit, with the reason")
    public DeclarationResponse returnToUnit(@PathParam("id") UUID id, @NotNull @Valid DeclarationReturn request) {
        return service.returnToUnit(id, request.reason());
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Roles.FINANCE_ADMIN)
    @Operation(summary = "Approve a submitted declaration; publishes declaration.approved")
    public DeclarationResponse approve(@PathParam("id") UUID id) {
        return service.approve(id);
    }
}
