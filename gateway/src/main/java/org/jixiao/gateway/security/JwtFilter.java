package org.jixiao.gateway.security;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.jixiao.gateway.config.GatewayConfig;
import org.jixiao.gateway.domain.Problem;
import org.jixiao.gateway.web.ApiFilter;
import org.jixiao.gateway.web.MetricsLabels;
import org.jixiao.gateway.web.ProblemResponses;
import org.jixiao.gateway.web.RequestIdHandler;

/**
 * Lets an /api request through only with a valid bearer token (see {@link TokenVerifier}); otherwise answers 401
 * problem+json with a WWW-Authenticate challenge, and nothing reaches a service. The token is forwarded unchanged:
 * each service verifies it again and decides what the caller may do. Callers without a valid token are rate
 * limited by IP address here, so a flood of bad tokens costs no more than a flood of good ones.
 */
@ApplicationScoped
public class JwtFilter implements ApiFilter {
    private static final Logger LOG = Logger.getLogger(JwtFilter.class);

    /** Routing-context key of the verified subject, for the filters after this one. */
    public static final String SUBJECT = "jixiao.subject";
    public static final int ORDER = 100;

    private final TokenVerifier verifier;
    private final RateLimiter rateLimiter;

    public JwtFilter(GatewayConfig config, RateLimiter rateLimiter) {
        GatewayConfig.Jwt jwt = config.jwt();
        this.verifier = TokenVerifier.create(jwt.publicKeyLocation(), jwt.issuer(), jwt.audience(), jwt.clockSkew(),
                jwt.jwksCacheDuration());
        this.rateLimiter = rateLimiter;
        LOG.infof("JWT verification on /api: issuer %s, key %s", jwt.issuer(), jwt.publicKeyLocation());
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (verifier.mayBlock()) {
            // keys may have to be fetched from the identity provider: never on the event loop
            ctx.vertx().<TokenVerifier.Verdict>executeBlocking(() -> verifier.verify(authorization), false)
                    .onComplete(result -> decide(ctx, result.succeeded() ? result.result()
                            : new TokenVerifier.Rejected("The token cannot be checked right now")));
        } else {
            decide(ctx, verifier.verify(authorization));
        }
    }

    private void decide(RoutingContext ctx, TokenVerifier.Verdict verdict) {
        if (verdict instanceof TokenVerifier.Accepted accepted) {
            ctx.put(SUBJECT, accepted.subject());
            ctx.next();
            return;
        }
        if (!rateLimiter.admit(ctx, RateLimiter.addressKey(ctx))) {
            return;
        }
        MetricsLabels.set(MetricsLabels.API);
        String challenge = ctx.request().getHeader(HttpHeaders.AUTHORIZATION) == null
                ? "Bearer realm=\"jixiao\""
                : "Bearer realm=\"jixiao\", error=\"invalid_token\"";
        ctx.response().putHeader("WWW-Authenticate", challenge);
        ProblemResponses.send(ctx.response(), Problem.unauthorized(((TokenVerifier.Rejected) verdict).reason(),
                ctx.request().path(), RequestIdHandler.of(ctx)));
    }
}
