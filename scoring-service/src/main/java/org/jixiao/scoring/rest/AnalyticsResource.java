package org.jixiao.scoring.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.commons.security.Roles;
import org.jixiao.scoring.domain.EvaluationType;
import org.jixiao.scoring.rest.AnalyticsDtos.GradeDistribution;
import org.jixiao.scoring.rest.AnalyticsDtos.IndicatorAchievement;
import org.jixiao.scoring.rest.AnalyticsDtos.RankingEntry;
import org.jixiao.scoring.service.AnalyticsService;

@Path("/api/v1/analytics")
@Tag(name = "Analytics", description = "看板: 排名、等级分布、指标完成率 (latest finalized revision of each evaluation)")
public class AnalyticsResource {
    private static final String REGION = "行政区划代码 prefix (GB/T 2260): 62 province, 6202 city …; empty for all";
    private static final String TYPE = "SELF, DEPARTMENT or FINANCE; all types when absent";

    private final AnalyticsService service;

    public AnalyticsResource(AnalyticsService service) {
        this.service = service;
    }

    @GET
    @Path("/ranking")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(summary = "Finalized evaluations of a region and year ranked by total, highest first")
    public List<RankingEntry> ranking(
            @Parameter(description = REGION, example = "6202")
            @QueryParam("region") @DefaultValue("") @Pattern(regexp = "\\d{0,9}") String region,
            @Parameter(example = "2022") @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
            @Parameter(description = TYPE) @QueryParam("type") @Pattern(regexp = "SELF|DEPARTMENT|FINANCE") String type,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return service.ranking(region, year, type(type), limit);
    }

    @GET
    @Path("/grade-distribution")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(summary = "How many finalized evaluations of a region and year fall in each grade")
    public GradeDistribution gradeDistribution(
            @Parameter(description = REGION, example = "6202")
            @QueryParam("region") @DefaultValue("") @Pattern(regexp = "\\d{0,9}") String region,
            @Parameter(example = "2022") @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
            @Parameter(description = TYPE) @QueryParam("type") @Pattern(regexp = "SELF|DEPARTMENT|FINANCE") String type) {
        return service.gradeDistribution(region, year, type(type));
    }

    @GET
    @Path("/indicator-achievement")
    @RolesAllowed({Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.UNIT_REPORTER, Roles.VIEWER})
    @Operation(summary = "Achievement rate of each leaf indicator (by name) across the units of a region and year",
            description = "A leaf is achieved where it scored full marks; 不适用 leaves are left out.")
    public List<IndicatorAchievement> indicatorAchievement(
            @Parameter(description = REGION, example = "6202")
            @QueryParam("region") @DefaultValue("") @Pattern(regexp = "\\d{0,9}") String region,
            @Parameter(example = "2022") @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
            @Parameter(description = TYPE) @QueryParam("type") @Pattern(regexp = "SELF|DEPARTMENT|FINANCE") String type) {
        return service.indicatorAchievement(region, year, type(type));
    }

    private static EvaluationType type(String type) {
        return type == null ? null : EvaluationType.valueOf(type);
    }
}
