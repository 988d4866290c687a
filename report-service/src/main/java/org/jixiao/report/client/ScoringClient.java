package org.jixiao.report.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jixiao.commons.security.CallerTokenForwarder;
import org.jixiao.commons.web.RequestIdForwarder;

@RegisterRestClient(configKey = "scoring")
@RegisterProvider(RequestIdForwarder.class)
@RegisterProvider(CallerTokenForwarder.class)
@Path("/api/v1")
public interface ScoringClient {

    @GET
    @Path("/evaluations/{evaluationId}")
    RemoteViews.Evaluation evaluation(@PathParam("evaluationId") UUID evaluationId);

    @GET
    @Path("/evaluations/{evaluationId}/score")
    RemoteViews.Score score(@PathParam("evaluationId") UUID evaluationId);

    /** One page of the evaluation's leaves (framework order) with what was entered for them. */
    @GET
    @Path("/evaluations/{evaluationId}/inputs")
    RemoteViews.LeafInputPage inputs(@PathParam("evaluationId") UUID evaluationId, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/evaluations/{evaluationId}/surveys")
    RemoteViews.Surveys surveys(@PathParam("evaluationId") UUID evaluationId);

    @GET
    @Path("/grade-schemes/{schemeCode}")
    RemoteViews.GradeScheme gradeScheme(@PathParam("schemeCode") String schemeCode);
}
