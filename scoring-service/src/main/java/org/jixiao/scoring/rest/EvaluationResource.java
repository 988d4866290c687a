package org.jixiao.scoring.rest;

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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
    private final EvaluationService service;

    public EvaluationResource(EvaluationService service) {
        this.service = service;
    }

    @POST
    @APIResponse(responseCode = "201", description = "opened",
            content = @Content(schema = @Schema(implementation = EvaluationResponse.class)))
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.UNIT_REPORTER})
    @Operation(summary = "Open an evaluation of a unit for a fiscal year",
            description = "Snapshots the published framework (indicator-service) and the budget metrics (budget-service).")
    public Response open(@NotNull @Valid OpenRequest request) {
        EvaluationResponse created = service.open(request);
        return Response.created(URI.create("/api/v1/evaluations/" + created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(summary = "List evaluations of a region (GB/T 2260 prefix), optionally of one fiscal year")
    public List<EvaluationSummary> list(
            @QueryParam("region") @DefaultValue("") @Pattern(regexp = "\\d{0,9}") String region,
            @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return service.list(region, year, page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(summary = "Get an evaluation with its snapshot metadata and front matter")
    public EvaluationResponse get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}/inputs")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER})
    @Operation(summary = "Enter actual values, grades, survey results or manual scores for leaves",
            description = "All or nothing: one bad input refuses the request. Answers the provisional score.")
    public ScoreResponse putInputs(@PathParam("id") UUID id, @NotNull @Valid InputsRequest request) {
        return service.putInputs(id, request);
    }

    @GET
    @Path("/{id}/inputs")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(summary = "Every leaf with its target as written and what was entered for it")
    public List<StoredInput> inputs(@PathParam("id") UUID id) {
        return service.storedInputs(id);
    }

    @GET
    @Path("/{id}/score")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(summary = "The full score tree: weights, scores, rates, explanations, flags and the grade",
            description = "409 lists the leaves that still lack inputs. Once finalized, the locked final score.")
    public ScoreResponse score(@PathParam("id") UUID id) {
        return service.score(id);
    }

    @PUT
    @Path("/{id}/front-matter")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER})
    @Operation(summary = "Replace what the report quotes: front matter, 主要成效 and on-site findings",
            description = "Allowed while inputs are still accepted; the whole front matter is replaced. The report "
                    + "reads 评价结果应用率 and 资产清查 from here for its findings.")
    public EvaluationResponse putFrontMatter(@PathParam("id") UUID id, @NotNull @Valid FrontMatter request) {
        return service.putFrontMatter(id, request);
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({Roles.EVALUATOR, Roles.UNIT_REPORTER})
    @Operation(summary = "提交: submit a complete evaluation for review")
    public EvaluationResponse submit(@PathParam("id") UUID id) {
        return service.submit(id);
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed(Roles.FINANCE_ADMIN)
    @Operation(summary = "退回: return a submitted evaluation for rework, with a reason")
    public EvaluationResponse returnForRework(@PathParam("id") UUID id, @NotNull @Valid ReturnRequest request) {
        return service.returnForRework(id, request.reason());
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Roles.FINANCE_ADMIN)
    @Operation(summary = "审核: approve a submitted evaluation")
    public EvaluationResponse approve(@PathParam("id") UUID id) {
        return service.approve(id);
    }

    @POST
    @Path("/{id}/finalize")
    @RolesAllowed(Roles.FINANCE_ADMIN)
    @Operation(summary = "定稿: lock an approved evaluation with its final score; the report follows automatically")
    public EvaluationResponse finalizeEvaluation(@PathParam("id") UUID id) {
        return service.finalizeEvaluation(id);
    }

    @PUT
    @Path("/{id}/reported-scores")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER})
    @Operation(summary = "Record the unit's self-reported (自评) category scores and total",
            description = "Each code must name a node of the evaluation's framework and the score fit in [0, weight] with "
                    + "at most 2 decimals. GET /score then shows the per-node difference and SELF_SCORE_INFLATED flags. "
                    + "Replaces what was stored; an empty body clears it.")
    public ReportedScoresResponse putReportedScores(@PathParam("id") UUID id,
            @NotNull @Valid ReportedScoresRequest request) {
        return service.putReportedScores(id, request);
    }

    @GET
    @Path("/{id}/reported-scores")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(summary = "The unit's self-reported (自评) category scores and total")
    public ReportedScoresResponse reportedScores(@PathParam("id") UUID id) {
        return service.reportedScores(id);
    }

    @PUT
    @Path("/{id}/surveys")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER})
    @Operation(summary = "Record 满意度问卷 results per respondent group",
            description = "Replaces the stored surveys. Leaves bound to survey:<respondentGroup> score from them unless "
                    + "an input was entered for the leaf by hand.")
    public SurveysResponse putSurveys(@PathParam("id") UUID id, @NotNull @Valid SurveysRequest request) {
        return service.putSurveys(id, request);
    }

    @GET
    @Path("/{id}/surveys")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(summary = "Stored surveys and the leaves bound to them")
    public SurveysResponse surveys(@PathParam("id") UUID id) {
        return service.surveys(id);
    }

    @POST
    @Path("/{id}/refresh-snapshot")
    @RolesAllowed(Roles.FINANCE_ADMIN)
    @Operation(summary = "Re-read the budget metrics of a DRAFT evaluation",
            description = "The framework stays as opened; the metrics snapshot and budget version are replaced and "
                    + "snapshotStale is cleared. 409 unless DRAFT.")
    public EvaluationResponse refreshSnapshot(@PathParam("id") UUID id) {
        return service.refreshSnapshot(id);
    }

    @POST
    @Path("/{id}/reopen")
    @RolesAllowed(Roles.FINANCE_ADMIN)
    @Operation(summary = "重新打开: start revision + 1 of a FINALIZED evaluation",
            description = "The finalized revision stays unchanged; the new DRAFT revision copies its snapshots, inputs, "
                    + "surveys and reported scores. 409 unless FINALIZED and the latest revision.")
    @APIResponse(responseCode = "201", description = "the new revision",
            content = @Content(schema = @Schema(implementation = EvaluationResponse.class)))
    public Response reopen(@PathParam("id") UUID id) {
        EvaluationResponse created = service.reopen(id);
        return Response.created(URI.create("/api/v1/evaluations/" + created.id())).entity(created).build();
    }
}
