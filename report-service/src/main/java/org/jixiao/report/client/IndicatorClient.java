package org.jixiao.report.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jixiao.commons.api.Page;
import org.jixiao.commons.security.CallerTokenForwarder;
import org.jixiao.commons.web.RequestIdForwarder;

/** The approved 绩效目标申报 of a unit-year: its goals, projects and the quality warnings indicator-service found. */
@RegisterRestClient(configKey = "indicator")
@RegisterProvider(RequestIdForwarder.class)
@RegisterProvider(CallerTokenForwarder.class)
@Path("/api/v1/declarations")
public interface IndicatorClient {

    @GET
    Page<RemoteViews.DeclarationSummary> declarations(@QueryParam("unitCode") String unitCode,
            @QueryParam("fiscalYear") int fiscalYear, @QueryParam("status") String status);

    @GET
    @Path("/{declarationId}")
    RemoteViews.Declaration declaration(@PathParam("declarationId") UUID declarationId);
}
