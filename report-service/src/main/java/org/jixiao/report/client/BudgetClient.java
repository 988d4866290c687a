package org.jixiao.report.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.jixiao.commons.security.CallerTokenForwarder;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jixiao.commons.web.RequestIdForwarder;

@RegisterRestClient(configKey = "budget")
@RegisterProvider(RequestIdForwarder.class)
@RegisterProvider(CallerTokenForwarder.class)
@Path("/api/v1")
public interface BudgetClient {

    @GET
    @Path("/budgets/{code}/{year}")
    RemoteViews.Budget budget(@PathParam("code") String unitCode, @PathParam("year") int fiscalYear);

    @GET
    @Path("/units/{code}/profiles/{year}")
    RemoteViews.UnitProfile profile(@PathParam("code") String unitCode, @PathParam("year") int fiscalYear);
}
