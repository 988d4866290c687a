package org.jixiao.budget.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.budget.rest.ImportDtos.BudgetRowDoc;
import org.jixiao.budget.rest.ImportDtos.ImportMode;
import org.jixiao.budget.rest.ImportDtos.ImportSummary;
import org.jixiao.budget.service.BudgetImportService;
import org.jixiao.budget.service.BudgetImportService.ImportAnswer;
import org.jixiao.budget.service.BudgetImportService.ImportOptions;
import org.jixiao.budget.service.imports.BudgetCsvTemplate;
import org.jixiao.budget.service.imports.BudgetRowReader;
import org.jixiao.budget.service.imports.BudgetXlsxTemplate;
import org.jixiao.budget.service.imports.CsvBudgetRowReader;
import org.jixiao.budget.service.imports.JsonBudgetRowReader;
import org.jixiao.budget.service.imports.XlsxUpload;
import org.jixiao.commons.problem.Problem;
import org.jixiao.commons.problem.ProblemException;
import org.jixiao.commons.security.Roles;

@Path("/api/v1/imports/budgets")
@Tag(name = "Imports", description = "区县系统批量推送预算数据")
@RolesAllowed({Roles.FINANCE_ADMIN, Roles.DISTRICT_SYSTEM})
public class BudgetImportResource {
    static final String TEXT_CSV = "text/csv";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private static final String DESCRIPTION = """
            Many units and years in one request, read as a stream (100,000 rows are fine). Every row is validated \
            (stable codes per row and field: NEGATIVE_AMOUNT, TOO_MANY_DECIMALS, BASIC_PLUS_PROJECT_NOT_TOTAL, \
            ADJUSTED_WITHOUT_INITIAL, UNKNOWN_UNIT, FISCAL_YEAR_OUT_OF_RANGE, DUPLICATE_ROW, NOT_NUMERIC, …) and \
            written with its history and one budget.updated event, only when its figures changed.

            * `mode=ATOMIC` (default): nothing is applied when any row fails → 422 problem+json listing the conflicts.
            * `mode=PER_ROW`: valid rows are applied, refused rows listed → 200 (422 when no row was valid).
            * `dryRun=true`: validate and count only; nothing is stored, the Idempotency-Key is not used.
            * `Idempotency-Key`: the first answer is kept; the same key with the same body and options returns it \
            (header Idempotent-Replayed: true) and changes nothing; with another body → 422.
            * `X-Source-System`: recorded in the history as the source system; who pushed is the token's subject.
            A body that is not readable at all (broken JSON, unknown CSV column) is a 400 naming `body`.""";

    private final BudgetImportService service;
    private final ObjectMapper json;

    public BudgetImportResource(BudgetImportService service, ObjectMapper json) {
        this.service = service;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(operationId = "pushBudgets", summary = "Push budgets of many units and years (JSON, CSV or XLSX)", description = DESCRIPTION
            + "\n\nCSV (text/csv, UTF-8): the first line is the header of the template (GET template.csv); rows are "
            + "numbered as in a spreadsheet (header = 1); amountUnit may be written 元 or 万元."
            + "\n\nXLSX: the first sheet, laid out as template.xlsx (header in row 1), rows numbered as in the sheet; "
            + "a number cell is read as the spreadsheet shows it (15 significant digits). Uploads that take long are "
            + "better sent to POST /api/v1/imports/budgets/jobs.")
    // JSON first: generated clients take the first media type as the body of their method
    @RequestBody(required = true, description = "A JSON array of rows, or {\"rows\": [ … ]}; or CSV; or XLSX", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = BudgetRowDoc.class),
            examples = @ExampleObject(name = "two units", value = """
                    [{"unitCode":"620201001","fiscalYear":2023,"amountUnit":"TEN_THOUSAND_YUAN",
                      "initialBudget":"552.45","adjustedBudget":"667.92","actualExpenditure":"667.92",
                      "fundSourceExpenditure":{"GENERAL_APPROPRIATION":"667.92","UNIT_OWN":"326.15"}},
                     {"unitCode":"620201002","fiscalYear":2023,"amountUnit":"YUAN","initialBudget":"3542370.00",
                      "actualExpenditure":"3542370.00","basicExpenditure":"3000000.00",
                      "projectExpenditure":"542370.00"}]""")),
            @Content(mediaType = BudgetXlsxTemplate.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = TEXT_CSV, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                    examples = @ExampleObject(name = "one unit", value = """
                            unitCode,fiscalYear,amountUnit,initialBudget,adjustedBudget,actualExpenditure
                            620201001,2023,万元,552.45,667.92,667.92"""))})
    @APIResponse(responseCode = "200", description = "Applied (or, with dryRun, would be applied)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportSummary.class)))
    @APIResponse(responseCode = "422", description = "Rows refused and nothing applied, or Idempotency-Key reused",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ImportSummary.class)))
    public Response pushJson(InputStream body,
            @Parameter(description = "unique per push, e.g. a UUID", example = "3f1c2a9e-6b1d-4c55-9f61-1d2b7c0e8a44")
            @HeaderParam(RequestHeaders.IDEMPOTENCY_KEY) String idempotencyKey,
            @Parameter(description = "id of the pushing system, recorded in the history", example = "district-620201")
            @HeaderParam(RequestHeaders.SOURCE_SYSTEM) String sourceSystem,
            @Parameter(description = "true: validate only", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("dryRun") String dryRun,
            @Parameter(description = "ATOMIC (default) or PER_ROW", schema = @Schema(implementation = ImportMode.class))
            @QueryParam("mode") String mode,
            @Context UriInfo uri) {
        return push(body, idempotencyKey, sourceSystem, dryRun, mode, uri, "json", in -> {
            try {
                JsonParser parser = json.getFactory().createParser(in);
                // The service hashes the rest of the body after the last row; the parser must not close it.
                parser.configure(JsonParser.Feature.AUTO_CLOSE_SOURCE, false);
                return new JsonBudgetRowReader(parser);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @POST
    @Consumes({TEXT_CSV, "application/csv"})
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    // The same operation as pushJson in the OpenAPI document (one path, one POST), which lists text/csv.
    @Operation(hidden = true)
    public Response pushCsv(InputStream body,
            @HeaderParam(RequestHeaders.IDEMPOTENCY_KEY) String idempotencyKey,
            @HeaderParam(RequestHeaders.SOURCE_SYSTEM) String sourceSystem,
            @QueryParam("dryRun") String dryRun,
            @QueryParam("mode") String mode,
            @Context UriInfo uri) {
        return push(body, idempotencyKey, sourceSystem, dryRun, mode, uri, "csv",
                in -> new CsvBudgetRowReader(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8),
                        64 * 1024)));
    }

    @GET
    @Path("/template.csv")
    @Produces(TEXT_CSV)
    @Operation(operationId = "getBudgetCsvTemplate", summary = "Download the CSV template for budget uploads",
            description = "Header of every accepted column (the JSON row fields; fund sources as "
                    + "fundSourceExpenditure.GENERAL_APPROPRIATION …) and one consistent example row.")
    @APIResponse(responseCode = "200", description = "the template, UTF-8 with BOM",
            content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = SchemaType.STRING)))
    public Response template() {
        return Response.ok(BudgetCsvTemplate.text(), TEXT_CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + BudgetCsvTemplate.FILE_NAME + "\"")
                .build();
    }

    @POST
    @Consumes(BudgetXlsxTemplate.MEDIA_TYPE)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    // The same operation as pushJson in the OpenAPI document, which lists the XLSX media type.
    @Operation(hidden = true)
    public Response pushXlsx(InputStream body,
            @HeaderParam(RequestHeaders.IDEMPOTENCY_KEY) String idempotencyKey,
            @HeaderParam(RequestHeaders.SOURCE_SYSTEM) String sourceSystem,
            @QueryParam("dryRun") String dryRun,
            @QueryParam("mode") String mode,
            @Context UriInfo uri) {
        try (XlsxUpload upload = XlsxUpload.fromStream()) {
            return push(body, idempotencyKey, sourceSystem, dryRun, mode, uri, "xlsx", upload::open);
        }
    }

    @GET
    @Path("/template.xlsx")
    @Produces(BudgetXlsxTemplate.MEDIA_TYPE)
    @Operation(operationId = "getBudgetXlsxTemplate", summary = "Download the XLSX template for budget uploads",
            description = "First sheet: the header of every accepted column (as in template.csv) and one consistent "
                    + "example row; second sheet (说明): how the columns are read. Only the first sheet is imported.")
    @APIResponse(responseCode = "200", description = "the template workbook",
            content = @Content(mediaType = BudgetXlsxTemplate.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response templateXlsx() {
        return Response.ok(BudgetXlsxTemplate.bytes(), BudgetXlsxTemplate.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + BudgetXlsxTemplate.FILE_NAME + "\"")
                .build();
    }

    private Response push(InputStream body, String idempotencyKey, String sourceSystem, String dryRun, String mode,
            UriInfo uri, String format, Function<InputStream, BudgetRowReader> readers) {
        ImportOptions options = new ImportOptions(mode(mode), flag(dryRun), RequestHeaders.idempotencyKey(idempotencyKey),
                RequestHeaders.sourceSystem(sourceSystem), format, uri.getRequestUri().getRawPath());
        ImportAnswer answer = service.importBudgets(body, options, readers);
        Response.ResponseBuilder response = Response.status(answer.status())
                .type(answer.status() == 200 ? MediaType.APPLICATION_JSON : Problem.MEDIA_TYPE)
                .entity(answer.body());
        if (answer.replayed()) {
            response.header(REPLAYED_HEADER, "true");
        }
        return response.build();
    }

    static ImportMode mode(String mode) {
        if (mode == null || mode.isEmpty()) {
            return ImportMode.ATOMIC;
        }
        try {
            return ImportMode.valueOf(mode);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("mode", "INVALID_VALUE", "ATOMIC or PER_ROW");
        }
    }

    static boolean flag(String dryRun) {
        if (dryRun == null || dryRun.isEmpty() || dryRun.equals("false")) {
            return false;
        }
        if (dryRun.equals("true")) {
            return true;
        }
        throw ProblemException.invalid("dryRun", "INVALID_VALUE", "true or false");
    }
}
