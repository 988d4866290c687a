package org.jixiao.gateway.web;

import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Names a request in http_server_requests by its route, not its path, so ids in paths cannot multiply the time
 * series (or show up in metrics). "UrlPathTemplate" is the context key Quarkus' HTTP metrics read (REST endpoints
 * set it the same way).
 */
public final class MetricsLabels {
    private static final String URL_PATH_TEMPLATE = "UrlPathTemplate";

    /** Label of answers the gateway gives on /api before any route to a service is chosen. */
    public static final String API = "/api/*";

    private MetricsLabels() {
    }

    public static void set(String template) {
        Context context = Vertx.currentContext();
        if (context != null) {
            context.putLocal(URL_PATH_TEMPLATE, template);
        }
    }
}
