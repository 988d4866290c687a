package org.jixiao.gateway.security;

import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jixiao.gateway.config.GatewayConfig;
import org.jixiao.gateway.domain.Problem;
import org.jixiao.gateway.domain.TokenBuckets;
import org.jixiao.gateway.web.MetricsLabels;
import org.jixiao.gateway.web.ProblemResponses;
import org.jixiao.gateway.web.RequestIdHandler;

/**
 * Per-client rate limit on /api: a verified caller is counted by token subject (wherever they call from), anyone
 * else by IP address. Over the limit the answer is 429 with Retry-After. Behind a load balancer, enable
 * {@code quarkus.http.proxy.proxy-address-forwarding} so the IP is the client's, not the balancer's.
 */
@ApplicationScoped
public class RateLimiter {

    private static final long EVICT_EVERY_MS = 60_000;

    private final boolean enabled;
    private final TokenBuckets buckets;
    private final Vertx vertx;
    private final long evictionTimer;

    public RateLimiter(GatewayConfig config, Vertx vertx) {
        GatewayConfig.RateLimit limit = config.rateLimit();
        this.enabled = limit.enabled();
        this.buckets = new TokenBuckets(limit.requestsPerSecond(), limit.burst());
        this.vertx = vertx;
        this.evictionTimer = vertx.setPeriodic(EVICT_EVERY_MS, id -> buckets.evictIdle(System.nanoTime()));
    }

    /** Key of a verified caller. */
    public static String subjectKey(String subject) {
        return "sub:" + subject;
    }

    /** Key of a caller without a verified token. */
    public static String addressKey(RoutingContext ctx) {
        var address = ctx.request().remoteAddress();
        return "ip:" + (address == null ? "unknown" : address.hostAddress());
    }

    /**
     * Counts one request of the client; when over the limit, answers 429 and returns false (the request must stop).
     */
    public boolean admit(RoutingContext ctx, String clientKey) {
        if (!enabled) {
            return true;
        }
        TokenBuckets.Decision decision = buckets.tryAcquire(clientKey, System.nanoTime());
        if (decision.allowed()) {
            return true;
        }
        MetricsLabels.set(MetricsLabels.API);
        ctx.response().putHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
        ProblemResponses.send(ctx.response(), Problem.tooManyRequests(decision.retryAfterSeconds(),
                ctx.request().path(), RequestIdHandler.of(ctx)));
        return false;
    }

    @PreDestroy
    void stop() {
        vertx.cancelTimer(evictionTimer);
    }
}
