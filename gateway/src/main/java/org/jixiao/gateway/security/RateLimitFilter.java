package org.jixiao.gateway.security;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.jixiao.gateway.web.ApiFilter;

/** Counts each verified caller's requests by token subject (runs after {@link JwtFilter}). */
@ApplicationScoped
public class RateLimitFilter implements ApiFilter {

    private final RateLimiter rateLimiter;

    public RateLimitFilter(RateLimiter rateLimiter) {
        this.rateLimiter = rateLimiter;
    }

    @Override
    public int order() {
        return JwtFilter.ORDER + 100;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String subject = ctx.get(JwtFilter.SUBJECT);
        String key = subject == null ? RateLimiter.addressKey(ctx) : RateLimiter.subjectKey(subject);
        if (rateLimiter.admit(ctx, key)) {
            ctx.next();
        }
    }
}
