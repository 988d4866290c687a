package org.jixiao.budget.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.budget.rest.ImportDtos.ImportMode;
import org.jixiao.budget.rest.ImportJobDtos.ImportJobResponse;
import org.jixiao.budget.service.BudgetImportService.ImportOptions;
import org.jixiao.budget.service.ImportJobService;
import org.jixiao.budget.service.imports.BudgetXlsxTemplate;
import org.jixiao.commons.problem.Problem;
import org.jixiao.commons.problem.ProblemException;
import org.jixiao.commons.security.Roles;

@Path("/api/v1/imports/budgets/jobs")
@Tag(name = "Imports", description = "区县系统批量推送预算数据")
@RolesAllowed({Roles.FINANCE_ADMIN, Roles.DISTRICT_SYSTEM})
public class BudgetImportJobResource {
    static final String JOB = "import job";

    private final ImportJobService jobs;

    public BudgetImportJobResource(ImportJobService jobs) {
        this.jobs = jobs;
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, BudgetImportResource.TEXT_CSV, "application/csv",
            BudgetXlsxTemplate.MEDIA_TYPE})
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(operationId = "submitBudgetImportJob",
            summary = "Upload budgets as a background import job (JSON, CSV or XLSX)", description = """
            The same bodies, options and headers as POST /api/v1/imports/budgets (mode, dryRun, Idempotency-Key, \
            X-Source-System), for uploads too large to wait for. The body is spooled to a temporary file and the \
            answer is 202 with a Location to poll: GET …/jobs/{jobId} shows QUEUED, RUNNING (processed of total rows, \
            percent) and finally SUCCEEDED or FAILED with the import summary and its per-row conflicts, exactly as \
            the direct push would have answered (httpStatus). Options are checked at once (400); a body that cannot \
            be read fails the job with an error.""")
    @RequestBody(required = true, description = "as for POST /api/v1/imports/budgets", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = ImportDtos.BudgetRowDoc.class)),
            @Content(mediaType = BudgetImportResource.TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
                    format = "binary")),
            @Content(mediaType = BudgetXlsxTemplate.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                    format = "binary"))})
    @APIResponse(responseCode = "202", description = "Queued; poll the Location",
            headers = @Header(name = "Location", description = "the job", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportJobResponse.class)))
    @APIResponse(responseCode = "400", description = "bad option or header",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(InputStream body,
            @Parameter(description = "unique per push, e.g. a UUID") @HeaderParam(RequestHeaders.IDEMPOTENCY_KEY)
            String idempotencyKey,
            @Parameter(description = "id of the pushing system, recorded in the history")
            @HeaderParam(RequestHeaders.SOURCE_SYSTEM) String sourceSystem,
            @Parameter(description = "true: validate only", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("dryRun") String dryRun,
            @Parameter(description = "ATOMIC (default) or PER_ROW", schema = @Schema(implementation = ImportMode.class))
            @QueryParam("mode") String mode,
            @Context HttpHeaders headers,
            @Context UriInfo uri) {
        ImportOptions options = new ImportOptions(BudgetImportResource.mode(mode), BudgetImportResource.flag(dryRun),
                RequestHeaders.idempotencyKey(idempotencyKey), RequestHeaders.sourceSystem(sourceSystem),
                format(headers.getMediaType()), uri.getRequestUri().getRawPath());
        ImportJobResponse job = jobs.submit(body, options);
        return Response.accepted(job)
                .location(uri.getAbsolutePathBuilder().path(job.id().toString()).build())
                .type(MediaType.APPLICATION_JSON)
                .build();
    }

    @GET
    @Path("/{jobId}")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(operationId = "getBudgetImportJob", summary = "Status, progress and result of an import job",
            description = "A job submitted in a region the caller cannot see answers 404, like a missing one.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ImportJobResponse.class)))
    @APIResponse(responseCode = "404", description = "no such job in the caller's region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportJobResponse job(@PathParam("jobId") @Parameter(description = "the job's id (a UUID), as in the "
            + "Location of its submission") String jobId) {
        UUID id;
        try {
            id = UUID.fromString(jobId);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound(JOB, jobId);
        }
        return jobs.find(id).orElseThrow(() -> ProblemException.notFound(JOB, jobId));
    }

    private static String format(MediaType type) {
        if (type == null) {
            throw ProblemException.invalid("Content-Type", "UNSUPPORTED_MEDIA_TYPE", "JSON, CSV or XLSX");
        }
        String subtype = type.getType() + "/" + type.getSubtype();
        return switch (subtype) {
            case MediaType.APPLICATION_JSON -> "json";
            case BudgetImportResource.TEXT_CSV, "application/csv" -> "csv";
            case BudgetXlsxTemplate.MEDIA_TYPE -> "xlsx";
            default -> throw ProblemException.invalid("Content-Type", "UNSUPPORTED_MEDIA_TYPE", "JSON, CSV or XLSX");
        };
    }
}
