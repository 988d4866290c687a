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
    @Path("/budgets/{unitCode}/{fiscalYear}")
    RemoteViews.Budget budget(@PathParam("unitCode") String unitCode, @PathParam("fiscalYear") int fiscalYear);

    @GET
    @Path("/units/{unitCode}/profiles/{fiscalYear}")
    RemoteViews.UnitProfile profile(@PathParam("unitCode") String unitCode, @PathParam("fiscalYear") int fiscalYear);
}
