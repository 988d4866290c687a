package org.jixiao.gateway.web;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.MDC;
import org.jixiao.gateway.domain.RequestIds;

/**
 * First handler of every request: settles the request id, writes it into the request headers (so the proxy forwards
 * it), into the log MDC and, just before the headers leave, into the response — replacing whatever a downstream
 * echoed, so the caller always sees exactly one id.
 */
public class RequestIdHandler implements Handler<RoutingContext> {

    /** Key under which the id is kept in the routing context. */
    public static final String CONTEXT_KEY = RequestIds.MDC_KEY;

    @Override
    public void handle(RoutingContext ctx) {
        String id = RequestIds.acceptOrCreate(ctx.request().getHeader(RequestIds.HEADER));
        ctx.put(CONTEXT_KEY, id);
        ctx.request().headers().set(RequestIds.HEADER, id);
        MDC.put(RequestIds.MDC_KEY, id);
        ctx.addHeadersEndHandler(v -> ctx.response().headers().set(RequestIds.HEADER, id));
        ctx.next();
    }

    /** The request id of this routing context (set by this handler, which runs first). */
    public static String of(RoutingContext ctx) {
        return ctx.get(CONTEXT_KEY);
    }
}
