package org.jixiao.scoring.rest;

import jakarta.ws.rs.Produces;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.jixiao.scoring.rest.EvaluationDtos.EvaluationResponse;
import org.jixiao.scoring.rest.EvaluationDtos.EvaluationSummary;
import org.jixiao.scoring.rest.EvaluationDtos.FrontMatter;
import org.jixiao.scoring.rest.EvaluationDtos.InputsRequest;
import org.jixiao.scoring.rest.EvaluationDtos.OpenRequest;
import org.jixiao.scoring.rest.EvaluationDtos.ReportedScoresRequest;
import org.jixiao.scoring.rest.EvaluationDtos.ReportedScoresResponse;
import org.jixiao.scoring.rest.EvaluationDtos.ReturnRequest;
import org.jixiao.scoring.rest.EvaluationDtos.ScoreResponse;
import org.jixiao.scoring.rest.EvaluationDtos.StoredInput;
import org.jixiao.scoring.rest.EvaluationDtos.SurveysRequest;
import org.jixiao.scoring.rest.EvaluationDtos.SurveysResponse;
import org.jixiao.scoring.service.EvaluationService;

@Path("/api/v1/evaluations")
@Tag(name = "Evaluations", description = "部门整体支出绩效评价: 评分、流程与定稿")
public class EvaluationResource {
    private static final String REGION_CODE = "行政区划代码 prefix (GB/T 2260): 62 province, 6202 city …; empty for all";
    private final EvaluationService service;

    public EvaluationResource(EvaluationService service) {
        this.service = service;
    }

    @POST
    @APIResponse(responseCode = "201", description = "opened; Location is the new evaluation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EvaluationResponse.class)))
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.UNIT_REPORTER})
    @Operation(operationId = "openEvaluation", summary = "Open an evaluation of a unit for a fiscal year",
            description = "Snapshots the published framework (indicator-service) and the budget metrics (budget-service).")
    public Response open(@NotNull @Valid OpenRequest request) {
        EvaluationResponse created = service.open(request);
        return Response.created(URI.create("/api/v1/evaluations/" + created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(operationId = "listEvaluations",
            summary = "List evaluations of a region (GB/T 2260 prefix), optionally of one fiscal year",
            description = "Only the evaluations the caller may see are listed (and counted). Ordered by fiscal year, "
                    + "newest first, then by unit code, then by revision.")
    @Produces(MediaType.APPLICATION_JSON)
    public Page<EvaluationSummary> list(
            @Parameter(description = REGION_CODE, example = "6202")
            @QueryParam("regionCode") @DefaultValue("") @Pattern(regexp = "\\d{0,9}") String regionCode,
            @Parameter(description = "only this fiscal year; all years when absent", example = "2022")
            @QueryParam("fiscalYear") @Min(2000) @Max(2100) Integer fiscalYear,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return service.list(regionCode, fiscalYear, page, size);
    }

    @GET
    @Path("/{evaluationId}")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(operationId = "getEvaluation", summary = "Get an evaluation with its snapshot metadata and front matter",
            description = "The evaluation as it stands: workflow status, the framework and budget snapshots it was "
                    + "opened with, the front matter and, once scored, its total and grade.")
    public EvaluationResponse get(@PathParam("evaluationId") UUID evaluationId) {
        return service.get(evaluationId);
    }

    @PUT
    @Path("/{evaluationId}/inputs")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER})
    @Operation(operationId = "putEvaluationInputs",
            summary = "Enter actual values, grades, survey results or manual scores for leaves",
            description = "All or nothing: one bad input refuses the request. Answers the provisional score.")
    public ScoreResponse putInputs(@PathParam("evaluationId") UUID evaluationId, @NotNull @Valid InputsRequest request) {
        return service.putInputs(evaluationId, request);
    }

    @GET
    @Path("/{evaluationId}/inputs")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(operationId = "listEvaluationInputs",
            summary = "Every leaf with its target as written and what was entered for it",
            description = "Ordered as the framework's leaves (depth-first, in the tree's order); a leaf nothing was "
                    + "entered for yet has a null state.")
    @Produces(MediaType.APPLICATION_JSON)
    public Page<StoredInput> inputs(@PathParam("evaluationId") UUID evaluationId,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return Page.slice(service.storedInputs(evaluationId), page, size);
    }

    @GET
    @Path("/{evaluationId}/score")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(operationId = "getEvaluationScore",
            summary = "The full score tree: weights, scores, rates, explanations, flags and the grade",
            description = "409 lists the leaves that still lack inputs. Once finalized, the locked final score.")
    public ScoreResponse score(@PathParam("evaluationId") UUID evaluationId) {
        return service.score(evaluationId);
    }

    @PUT
    @Path("/{evaluationId}/front-matter")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER})
    @Operation(operationId = "putFrontMatter",
            summary = "Replace what the report quotes: front matter, 主要成效 and on-site findings",
            description = "Allowed while inputs are still accepted; the whole front matter is replaced. The report "
                    + "reads 评价结果应用率 and 资产清查 from here for its findings.")
    public EvaluationResponse putFrontMatter(@PathParam("evaluationId") UUID evaluationId, @NotNull @Valid FrontMatter request) {
        return service.putFrontMatter(evaluationId, request);
    }

    @POST
    @Path("/{evaluationId}/submit")
    @RolesAllowed({Roles.EVALUATOR, Roles.UNIT_REPORTER})
    @Operation(operationId = "submitEvaluation", summary = "提交: submit a complete evaluation for review",
            description = "DRAFT or RETURNED → SUBMITTED; 409 from any other status or while leaves still lack inputs.")
    public EvaluationResponse submit(@PathParam("evaluationId") UUID evaluationId) {
        return service.submit(evaluationId);
    }

    @POST
    @Path("/{evaluationId}/return")
    @RolesAllowed(Roles.FINANCE_ADMIN)
    @Operation(operationId = "returnEvaluation", summary = "退回: return a submitted evaluation for rework, with a reason",
            description = "SUBMITTED or APPROVED → RETURNED; the reason is kept as returnReason. 409 from any other status.")
    public EvaluationResponse returnForRework(@PathParam("evaluationId") UUID evaluationId, @NotNull @Valid ReturnRequest request) {
        return service.returnForRework(evaluationId, request.reason());
    }

    @POST
    @Path("/{evaluationId}/approve")
    @RolesAllowed(Roles.FINANCE_ADMIN)
    @Operation(operationId = "approveEvaluation", summary = "审核: approve a submitted evaluation",
            description = "SUBMITTED → APPROVED; 409 from any other status.")
    public EvaluationResponse approve(@PathParam("evaluationId") UUID evaluationId) {
        return service.approve(evaluationId);
    }

    @POST
    @Path("/{evaluationId}/finalize")
    @RolesAllowed(Roles.FINANCE_ADMIN)
    @Operation(operationId = "finalizeEvaluation",
            summary = "定稿: lock an approved evaluation with its final score; the report follows automatically",
            description = "APPROVED → FINALIZED: the final score and grade are locked and the event "
                    + "jixiao.evaluation.finalized is published, from which report-service generates the report. "
                    + "409 from any other status.")
    public EvaluationResponse finalizeEvaluation(@PathParam("evaluationId") UUID evaluationId) {
        return service.finalizeEvaluation(evaluationId);
    }

    @PUT
    @Path("/{evaluationId}/reported-scores")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER})
    @Operation(operationId = "putReportedScores",
            summary = "Record the unit's self-reported (自评) category scores and total",
            description = "Each code must name a node of the evaluation's framework and the score fit in [0, weight] with "
                    + "at most 2 decimals. GET /score then shows the per-node difference and SELF_SCORE_INFLATED flags. "
                    + "Replaces what was stored; an empty body clears it.")
    public ReportedScoresResponse putReportedScores(@PathParam("evaluationId") UUID evaluationId,
            @NotNull @Valid ReportedScoresRequest request) {
        return service.putReportedScores(evaluationId, request);
    }

    @GET
    @Path("/{evaluationId}/reported-scores")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(operationId = "getReportedScores", summary = "The unit's self-reported (自评) category scores and total",
            description = "What PUT reported-scores stored; an empty map and a null total when nothing was reported.")
    public ReportedScoresResponse reportedScores(@PathParam("evaluationId") UUID evaluationId) {
        return service.reportedScores(evaluationId);
    }

    @PUT
    @Path("/{evaluationId}/surveys")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER})
    @Operation(operationId = "putSurveys", summary = "Record 满意度问卷 results per respondent group",
            description = "Replaces the stored surveys. Leaves bound to survey:<respondentGroup> score from them unless "
                    + "an input was entered for the leaf by hand.")
    public SurveysResponse putSurveys(@PathParam("evaluationId") UUID evaluationId, @NotNull @Valid SurveysRequest request) {
        return service.putSurveys(evaluationId, request);
    }

    @GET
    @Path("/{evaluationId}/surveys")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(operationId = "getSurveys", summary = "Stored surveys and the leaves bound to them",
            description = "The surveys as stored, and every leaf bound to survey:<respondentGroup> in framework order, "
                    + "with whether its score comes from a stored survey.")
    public SurveysResponse surveys(@PathParam("evaluationId") UUID evaluationId) {
        return service.surveys(evaluationId);
    }

    @POST
    @Path("/{evaluationId}/refresh-snapshot")
    @RolesAllowed(Roles.FINANCE_ADMIN)
    @Operation(operationId = "refreshEvaluationSnapshot", summary = "Re-read the budget metrics of a DRAFT evaluation",
            description = "The framework stays as opened; the metrics snapshot and budget version are replaced and "
                    + "snapshotStale is cleared. 409 unless DRAFT.")
    public EvaluationResponse refreshSnapshot(@PathParam("evaluationId") UUID evaluationId) {
        return service.refreshSnapshot(evaluationId);
    }

    @POST
    @Path("/{evaluationId}/reopen")
    @RolesAllowed(Roles.FINANCE_ADMIN)
    @Operation(operationId = "reopenEvaluation", summary = "重新打开: start revision + 1 of a FINALIZED evaluation",
            description = "The finalized revision stays unchanged; the new DRAFT revision copies its snapshots, inputs, "
                    + "surveys and reported scores. 409 unless FINALIZED and the latest revision.")
    @APIResponse(responseCode = "201", description = "the new revision; Location is its own path",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EvaluationResponse.class)))
    public Response reopen(@PathParam("evaluationId") UUID evaluationId) {
        EvaluationResponse created = service.reopen(evaluationId);
        return Response.created(URI.create("/api/v1/evaluations/" + created.id())).entity(created).build();
    }
}
