package org.jixiao.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import org.jixiao.gateway.domain.Problem;
import org.jixiao.gateway.domain.RequestIds;
import org.jixiao.gateway.web.ProblemResponses;

/**
 * Turns a downstream that cannot be reached into a problem+json answer: 413 when the gateway cut a streamed body off
 * at the size limit, 504 when the service stayed silent past the route's timeout, 502 for anything else (connection
 * refused, reset, DNS). Must be the first interceptor so it sees every
 * failure of the ones after it.
 */
final class ProblemOnFailure implements ProxyInterceptor {
    private static final Logger LOG = Logger.getLogger(ProblemOnFailure.class);

    private final String service;
    private final Duration timeout;
    private final long maxBodyBytes;

    ProblemOnFailure(String service, Duration timeout, long maxBodyBytes) {
        this.service = service;
        this.timeout = timeout;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest().recover(failure -> {
            HttpServerRequest incoming = context.request().proxiedRequest();
            String path = incoming.path();
            String requestId = incoming.getHeader(RequestIds.HEADER);
            boolean tooLarge = Boolean.TRUE.equals(context.get(BodyLimit.EXCEEDED, Boolean.class));
            Problem problem = tooLarge ? Problem.contentTooLarge(maxBodyBytes, path, requestId)
                    : isTimeout(failure) ? Problem.gatewayTimeout(service, timeout.toMillis(), path, requestId)
                    : Problem.badGateway(service, path, requestId);
            if (tooLarge) {
                // the rest of the body is unread: only closing the connection stops the client sending it
                incoming.response().endHandler(v -> incoming.connection().close());
            }
            LOG.warnf("%s %s -> %s failed with %d: %s", incoming.method(), path, service, problem.status(), failure);
            ProxyResponse response = context.request().release().response()
                    .setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .setBody(Body.body(ProblemResponses.json(problem)));
            return Future.succeededFuture(response);
        });
    }

    static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            // Vert.x idle timeouts are java.util.concurrent.TimeoutException; Netty's connect timeout is not
            if (t instanceof TimeoutException || t instanceof io.netty.channel.ConnectTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
