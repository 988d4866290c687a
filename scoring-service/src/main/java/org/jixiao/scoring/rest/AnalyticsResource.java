package org.jixiao.scoring.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.Produces;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.commons.api.Page;
import org.jixiao.commons.security.Roles;
import org.jixiao.scoring.domain.EvaluationType;
import org.jixiao.scoring.rest.AnalyticsDtos.GradeDistribution;
import org.jixiao.scoring.rest.AnalyticsDtos.IndicatorAchievement;
import org.jixiao.scoring.rest.AnalyticsDtos.RankingEntry;
import org.jixiao.scoring.service.AnalyticsService;

@Path("/api/v1/analytics")
@Tag(name = "Analytics", description = "看板: 排名、等级分布、指标完成率 (latest finalized revision of each evaluation)")
public class AnalyticsResource {
    private static final String REGION_CODE = "行政区划代码 prefix (GB/T 2260): 62 province, 6202 city …; empty for all";
    private static final String TYPE = "SELF, DEPARTMENT or FINANCE; all types when absent";

    private final AnalyticsService service;

    public AnalyticsResource(AnalyticsService service) {
        this.service = service;
    }

    @GET
    @Path("/ranking")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(operationId = "getRanking",
            summary = "Finalized evaluations of a region and fiscal year ranked by total, highest first",
            description = "The latest finalized revision per unit and type, ordered by total (highest first), then by "
                    + "unit code and type; ties share a rank, and the rank counts the whole list, not the page.")
    @Produces(MediaType.APPLICATION_JSON)
    public Page<RankingEntry> ranking(
            @Parameter(description = REGION_CODE, example = "6202")
            @QueryParam("regionCode") @DefaultValue("") @Pattern(regexp = "\\d{0,9}") String regionCode,
            @Parameter(example = "2022") @QueryParam("fiscalYear") @NotNull @Min(2000) @Max(2100) Integer fiscalYear,
            @Parameter(description = TYPE) @QueryParam("type") @Pattern(regexp = "SELF|DEPARTMENT|FINANCE") String type,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return service.ranking(regionCode, fiscalYear, type(type), page, size);
    }

    @GET
    @Path("/grade-distribution")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(operationId = "getGradeDistribution",
            summary = "How many finalized evaluations of a region and fiscal year fall in each grade",
            description = "Every band of each grade scheme in use, highest band first, including empty bands; labels "
                    + "a scheme no longer has (changed after finalization) still count, after its bands.")
    public GradeDistribution gradeDistribution(
            @Parameter(description = REGION_CODE, example = "6202")
            @QueryParam("regionCode") @DefaultValue("") @Pattern(regexp = "\\d{0,9}") String regionCode,
            @Parameter(example = "2022") @QueryParam("fiscalYear") @NotNull @Min(2000) @Max(2100) Integer fiscalYear,
            @Parameter(description = TYPE) @QueryParam("type") @Pattern(regexp = "SELF|DEPARTMENT|FINANCE") String type) {
        return service.gradeDistribution(regionCode, fiscalYear, type(type));
    }

    @GET
    @Path("/indicator-achievement")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(operationId = "getIndicatorAchievement",
            summary = "Achievement rate of each leaf indicator (by name) across the units of a region and fiscal year",
            description = "A leaf is achieved where it scored full marks; 不适用 leaves are left out. Ordered by leaf name.")
    @Produces(MediaType.APPLICATION_JSON)
    public Page<IndicatorAchievement> indicatorAchievement(
            @Parameter(description = REGION_CODE, example = "6202")
            @QueryParam("regionCode") @DefaultValue("") @Pattern(regexp = "\\d{0,9}") String regionCode,
            @Parameter(example = "2022") @QueryParam("fiscalYear") @NotNull @Min(2000) @Max(2100) Integer fiscalYear,
            @Parameter(description = TYPE) @QueryParam("type") @Pattern(regexp = "SELF|DEPARTMENT|FINANCE") String type,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return Page.slice(service.indicatorAchievement(regionCode, fiscalYear, type(type)), page, size);
    }

    private static EvaluationType type(String type) {
        return type == null ? null : EvaluationType.valueOf(type);
    }
}
