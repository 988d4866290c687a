package org.jixiao.gateway.support;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.jixiao.gateway.domain.Problem;
import org.jixiao.gateway.web.ApiFilter;
import org.jixiao.gateway.web.ProblemResponses;
import org.jixiao.gateway.web.RequestIdHandler;

/**
 * Proves that any {@link ApiFilter} bean runs before the proxy and can stop a request (order 0: before the token
 * check). Inert unless a test sends {@code X-Test-Deny}; answers asynchronously, as a remote check would.
 */
@ApplicationScoped
public class HeaderGuardFilter implements ApiFilter {

    @Override
    public void handle(RoutingContext ctx) {
        String deny = ctx.request().getHeader("X-Test-Deny");
        ctx.vertx().runOnContext(v -> {
            if (deny == null) {
                ctx.next();
            } else {
                ProblemResponses.send(ctx.response(), new Problem(Problem.TYPE_BASE + "unauthorized",
                        "Unauthorized", 401, deny, ctx.request().path(), RequestIdHandler.of(ctx)));
            }
        });
    }
}
