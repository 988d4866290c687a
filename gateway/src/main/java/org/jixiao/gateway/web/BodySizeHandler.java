package org.jixiao.gateway.web;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import org.jixiao.gateway.domain.Problem;

/**
 * Refuses a request whose declared Content-Length is over the limit, before anything is read or forwarded,
 * and closes the connection so the client stops sending. Bodies of unknown length are counted while they stream
 * (see the proxy's BodyLimit).
 */
public class BodySizeHandler implements Handler<RoutingContext> {

    private final long maxBytes;

    public BodySizeHandler(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && exceeds(declared)) {
            String path = ctx.request().path();
            MetricsLabels.set(path != null && path.startsWith("/api/") ? MetricsLabels.API : ProtocolProblems.OTHER_PATHS);
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close")
                    .endHandler(v -> ctx.request().connection().close());
            ProblemResponses.send(ctx.response(), Problem.contentTooLarge(maxBytes, ctx.request().path(),
                    RequestIdHandler.of(ctx)));
            return;
        }
        ctx.next();
    }

    private boolean exceeds(String declared) {
        try {
            return Long.parseLong(declared.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            // Vert.x rejects a malformed Content-Length before routing; anything still odd here is not ours to judge
            return false;
        }
    }
}
