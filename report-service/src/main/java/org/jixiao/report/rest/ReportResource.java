package org.jixiao.report.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.commons.api.Page;
import org.jixiao.commons.problem.Problem;
import org.jixiao.commons.security.Roles;
import org.jixiao.report.rest.ReportDtos.FindingRequest;
import org.jixiao.report.rest.ReportDtos.GenerateRequest;
import org.jixiao.report.domain.model.ReportKind;
import org.jixiao.report.rest.ReportDtos.ReportSummary;
import org.jixiao.report.rest.ReportDtos.ReportResponse;
import org.jixiao.report.service.ReportService;

@Path("/api/v1/reports")
@Tag(name = "Reports", description = "部门整体支出绩效评价报告: DOCX, PDF, HTML and the XLSX 自评表, with findings")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {
    private static final String REPORT_ID_EXAMPLE = "6d1c2b7e-3a4f-4c55-8f0e-1d2c3b4a5f60";
    private static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private final ReportService service;

    public ReportResource(ReportService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(operationId = "listReports",
            summary = "List reports by evaluation, unit, region (GB/T 2260 prefix) and fiscal year",
            description = "Every filter is optional and they combine with and; only reports inside the caller's "
                    + "scope are listed (region; an evaluator's agency; a unit reporter's unit). Order: newest fiscal "
                    + "year first, then by unit code, evaluation id and revision.")
    @APIResponse(responseCode = "200", description = "one page of reports")
    @Produces(MediaType.APPLICATION_JSON)
    public Page<ReportSummary> list(
            @QueryParam("evaluationId") @Pattern(regexp = UUID_PATTERN, message = "must be a UUID")
            @Parameter(description = "only the reports of this evaluation (one per revision)",
                    example = "3f0c8a52-5d7e-4b8e-9a51-0a9f5d2c1e77") String evaluationId,
            @QueryParam("unitCode") @Pattern(regexp = "[0-9A-Za-z]{1,32}", message = "must be a unit code")
            @Parameter(description = "only this unit's reports", example = "620201001") String unitCode,
            @QueryParam("regionCode") @Pattern(regexp = "\\d{1,12}", message = "must be a region code prefix")
            @Parameter(description = "GB/T 2260 region code or a prefix of it (62: the province, 6202: a city)",
                    example = "6202") String regionCode,
            @QueryParam("fiscalYear") @Min(2000) @Max(2100) @Parameter(example = "2022") Integer fiscalYear,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE)
            @Parameter(description = "0-based page number") int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE)
            @Parameter(description = "items per page") int size) {
        return service.list(evaluationId == null ? null : UUID.fromString(evaluationId), unitCode, regionCode,
                fiscalYear, page, size);
    }

    @POST
    @RolesAllowed(Roles.FINANCE_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "generateReport", summary = "Generate the report of a finalized evaluation now",
            description = "Answers 201 with the new report, or 200 with the existing report of the evaluation's "
                    + "current revision. 409 when the evaluation is not finalized; 503 when scoring or budget is down.")
    @APIResponse(responseCode = "201", description = "generated; Location is the new report's URL",
            content = @Content(schema = @Schema(implementation = ReportResponse.class)))
    @APIResponse(responseCode = "200", description = "the revision already had a report",
            content = @Content(schema = @Schema(implementation = ReportResponse.class)))
    @APIResponse(responseCode = "503", description = "a service this one needs is unavailable",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response generate(@NotNull @Valid GenerateRequest request) {
        ReportService.Generated generated = service.generate(request.evaluationId(), request.kind());
        if (!generated.created()) {
            return Response.ok(generated.report()).build();
        }
        return Response.created(URI.create("/api/v1/reports/" + generated.report().id())).entity(generated.report())
                .build();
    }

    @GET
    @Path("/{reportId}")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(operationId = "getReport",
            summary = "A report's metadata: figures, findings and each document's size and SHA-256",
            description = "The documents themselves are downloaded from each document's href "
                    + "(downloadReportDocument). 404 also for a report outside the caller's scope.")
    @APIResponse(responseCode = "200", description = "the report",
            content = @Content(schema = @Schema(implementation = ReportResponse.class)))
    public ReportResponse get(@PathParam("reportId") @Parameter(example = REPORT_ID_EXAMPLE) UUID reportId) {
        return service.get(reportId);
    }

    @GET
    @Path("/{reportId}/documents/{format}")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Produces({"text/html", "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Problem.MEDIA_TYPE})
    @Operation(operationId = "downloadReportDocument",
            summary = "Download one format: html, docx, pdf or xlsx (the 自评表 appendix)",
            description = "The media type follows the format: html text/html (UTF-8), docx, pdf and xlsx their "
                    + "binary types (the Accept header does not choose the format; the path does). Content-Disposition carries the report title as a UTF-8 file name (filename*), e.g. "
                    + "2022年度嘉峪关市钢城街道办事处部门整体支出绩效评价报告.pdf; inline=true asks the browser to show it.")
    @APIResponse(responseCode = "200", description = "the document, with Content-Disposition",
            content = {@Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response document(@PathParam("reportId") @Parameter(example = REPORT_ID_EXAMPLE) UUID reportId,
            @PathParam("format") @Parameter(description = "html, docx, pdf or xlsx", example = "pdf",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"html", "docx", "pdf", "xlsx"}))
            String format,
            @QueryParam("inline") @DefaultValue("false")
            @Parameter(description = "true: Content-Disposition inline (show in the browser) instead of attachment")
            boolean inline) {
        ReportService.Document document = service.document(reportId, format);
        return Response.ok(document.content())
                .header(HttpHeaders.CONTENT_TYPE, document.mediaType())
                .header("Content-Disposition", ReportService.contentDisposition(document.fileName(), inline))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @POST
    @Path("/{reportId}/regenerate")
    @RolesAllowed(Roles.FINANCE_ADMIN)
    @Operation(operationId = "regenerateReport", summary = "Fetch the evaluation again and re-render every format",
            description = "Keeps the report id and the evaluators' findings; `kind` switches the report kind. "
                    + "Announces report.generated again. 409 when the evaluation has moved to a newer revision.")
    @APIResponse(responseCode = "200", description = "regenerated",
            content = @Content(schema = @Schema(implementation = ReportResponse.class)))
    @APIResponse(responseCode = "503", description = "a service this one needs is unavailable",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReportResponse regenerate(@PathParam("reportId") @Parameter(example = REPORT_ID_EXAMPLE) UUID reportId,
            @QueryParam("kind") @Pattern(regexp = "FINANCE_EVALUATION|SELF_EVALUATION|SELF_SUMMARY",
                    message = "must be FINANCE_EVALUATION, SELF_EVALUATION or SELF_SUMMARY")
            @Parameter(description = "报告类型; absent: keep the report's kind", example = "SELF_SUMMARY") String kind) {
        return service.regenerate(reportId, kind == null ? null : ReportKind.valueOf(kind));
    }

    @POST
    @Path("/{reportId}/findings")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addReportFinding", summary = "Add an evaluator's own finding (存在问题 → 有关建议)",
            description = "By the evaluators of the agency the evaluation is assigned to, or a finance-admin of its "
                    + "region. The documents are re-rendered from the report's stored data, with the finding after the "
                    + "rules' findings. The finding has no URL of its own: it is part of the report, so the answer is "
                + "the report and Location is the report's URL.")
    @APIResponse(responseCode = "201", description = "added; the report with its new findings and checksums",
            content = @Content(schema = @Schema(implementation = ReportResponse.class)))
    public Response addFinding(@PathParam("reportId") @Parameter(example = REPORT_ID_EXAMPLE) UUID reportId,
            @NotNull @Valid FindingRequest request) {
        ReportResponse report = service.addFinding(reportId, request);
        return Response.created(URI.create("/api/v1/reports/" + report.id())).entity(report).build();
    }
}
