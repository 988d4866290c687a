package org.jixiao.scoring.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jixiao.commons.security.CallerTokenForwarder;
import org.jixiao.commons.web.RequestIdForwarder;

@RegisterRestClient(configKey = "indicator")
@RegisterProvider(RequestIdForwarder.class)
@RegisterProvider(CallerTokenForwarder.class)
@Path("/api/v1/frameworks")
public interface IndicatorClient {

    @GET
    @Path("/{frameworkId}")
    Snapshots.Framework framework(@PathParam("frameworkId") UUID frameworkId);
}
