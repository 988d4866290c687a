package org.jixiao.scoring.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jixiao.commons.security.Roles;
import org.jixiao.scoring.rest.RescoreJobDtos.CreateRequest;
import org.jixiao.scoring.rest.RescoreJobDtos.JobResponse;
import org.jixiao.scoring.service.RescoreJobService;

@Path("/api/v1/evaluations/rescore-jobs")
@Tag(name = "Re-score jobs", description = "批量重新评分: re-score a region-year's evaluations in the background")
public class RescoreJobResource {
    private final RescoreJobService service;

    public RescoreJobResource(RescoreJobService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed(Roles.FINANCE_ADMIN)
    @Operation(operationId = "startRescoreJob", summary = "Start re-scoring every evaluation of a region and fiscal year",
            description = "Runs in the background; poll the Location for progress. Open evaluations get their score "
                    + "(and, when gradeScheme is given, their grade scheme) renewed; FINALIZED ones are counted, never "
                    + "changed.")
    @APIResponse(responseCode = "202", description = "accepted; the job is queued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobResponse.class)))
    public Response start(@NotNull @Valid CreateRequest request) {
        JobResponse job = service.start(request);
        return Response.accepted(job).location(URI.create("/api/v1/evaluations/rescore-jobs/" + job.id())).build();
    }

    @GET
    @Path("/{jobId}")
    @RolesAllowed(Roles.FINANCE_ADMIN)
    @Operation(operationId = "getRescoreJob",
            summary = "A re-score job's status and progress: processed of total, percent, errors",
            description = "QUEUED, RUNNING, then COMPLETED or FAILED; poll until finishedAt is set.")
    public JobResponse get(@PathParam("jobId") UUID jobId) {
        return service.get(jobId);
    }
}
