package org.jixiao.scoring.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jixiao.commons.security.CallerTokenForwarder;
import org.jixiao.commons.web.RequestIdForwarder;

@RegisterRestClient(configKey = "budget")
@RegisterProvider(RequestIdForwarder.class)
@RegisterProvider(CallerTokenForwarder.class)
@Path("/api/v1")
public interface BudgetClient {

    @GET
    @Path("/units/{unitCode}")
    Snapshots.Unit unit(@PathParam("unitCode") String unitCode);

    @GET
    @Path("/budgets/{unitCode}/{fiscalYear}/metrics")
    Snapshots.Metrics metrics(@PathParam("unitCode") String unitCode, @PathParam("fiscalYear") int fiscalYear);
}
