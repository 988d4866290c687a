package org.jixiao.report.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.jixiao.commons.security.CallerTokenForwarder;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jixiao.commons.web.RequestIdForwarder;

@RegisterRestClient(configKey = "scoring")
@RegisterProvider(RequestIdForwarder.class)
@RegisterProvider(CallerTokenForwarder.class)
@Path("/api/v1/evaluations/{id}")
public interface ScoringClient {

    @GET
    RemoteViews.Evaluation evaluation(@PathParam("id") UUID id);

    @GET
    @Path("/score")
    RemoteViews.Score score(@PathParam("id") UUID id);

    @GET
    @Path("/inputs")
    List<RemoteViews.LeafInput> inputs(@PathParam("id") UUID id);
}
