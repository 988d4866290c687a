package org.jixiao.gateway.web;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * A check every {@code /api} request passes before it is proxied: CORS, JWT verification and rate limiting are
 * ones (see org.jixiao.gateway.security). Implement this as an {@code @ApplicationScoped} bean and
 * {@link GatewayRoutes} mounts it between the request id and the proxy. Call {@code ctx.next()} to let the request through, or end the
 * response (e.g. with {@link ProblemResponses#send}) to stop it. Asynchronous work is safe: Quarkus keeps the request
 * body paused until the proxy streams it.
 */
public interface ApiFilter extends Handler<RoutingContext> {

    /** Filters run in ascending order. */
    default int order() {
        return 0;
    }
}
