package org.jixiao.report.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
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
    @Path("/evaluations/{id}")
    RemoteViews.Evaluation evaluation(@PathParam("id") UUID id);

    @GET
    @Path("/evaluations/{id}/score")
    RemoteViews.Score score(@PathParam("id") UUID id);

    @GET
    @Path("/evaluations/{id}/inputs")
    List<RemoteViews.LeafInput> inputs(@PathParam("id") UUID id);

    @GET
    @Path("/evaluations/{id}/surveys")
    RemoteViews.Surveys surveys(@PathParam("id") UUID id);

    @GET
    @Path("/grade-schemes/{code}")
    RemoteViews.GradeScheme gradeScheme(@PathParam("code") String code);
}
