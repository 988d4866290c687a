package org.jixiao.commons.web;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

/** Carries the current request id to the services this one calls, so one id spans the whole call chain. */
public class RequestIdForwarder implements ClientRequestFilter {
    @Override
    public void filter(ClientRequestContext request) {
        String id = RequestIds.current();
        if (id != null) {
            request.getHeaders().putSingle(RequestIds.HEADER, id);
        }
    }
}
