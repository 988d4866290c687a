package org.jixiao.gateway.security;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.jixiao.gateway.config.GatewayConfig;
import org.jixiao.gateway.domain.Problem;
import org.jixiao.gateway.web.ApiFilter;
import org.jixiao.gateway.web.MetricsLabels;
import org.jixiao.gateway.web.ProblemResponses;
import org.jixiao.gateway.web.RequestIdHandler;

/**
 * CORS for the configured dashboard origins only. Runs before the token check because a browser's preflight
 * carries no token. A preflight from any other origin is refused with 403; an ordinary request from one gets no CORS
 * headers, so the browser keeps the answer from the page. No credentials mode: tokens travel in a header, never in
 * cookies.
 */
@ApplicationScoped
public class CorsFilter implements ApiFilter {

    private final Set<String> origins;
    private final String methods;
    private final String headers;
    private final String exposedHeaders;
    private final String maxAgeSeconds;

    public CorsFilter(GatewayConfig config) {
        GatewayConfig.Cors cors = config.cors();
        this.origins = Set.copyOf(cors.origins().orElse(List.of()).stream().map(CorsFilter::trimSlash).toList());
        this.methods = String.join(",", cors.methods());
        this.headers = String.join(",", cors.headers());
        this.exposedHeaders = String.join(",", cors.exposedHeaders());
        this.maxAgeSeconds = Long.toString(cors.maxAge().toSeconds());
    }

    @Override
    public int order() {
        return JwtFilter.ORDER - 100;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String origin = ctx.request().getHeader("Origin");
        if (origin == null) {
            ctx.next();
            return;
        }
        boolean allowed = origins.contains(origin);
        boolean preflight = ctx.request().method() == HttpMethod.OPTIONS
                && ctx.request().getHeader("Access-Control-Request-Method") != null;
        MultiMap response = ctx.response().headers();
        response.add("Vary", "Origin");
        if (preflight) {
            MetricsLabels.set(MetricsLabels.API);
            if (!allowed) {
                ProblemResponses.send(ctx.response(), Problem.originNotAllowed(origin, ctx.request().path(),
                        RequestIdHandler.of(ctx)));
                return;
            }
            response.set("Access-Control-Allow-Origin", origin)
                    .set("Access-Control-Allow-Methods", methods)
                    .set("Access-Control-Allow-Headers", headers)
                    .set("Access-Control-Max-Age", maxAgeSeconds);
            ctx.response().setStatusCode(204).end();
            return;
        }
        if (allowed) {
            // set when the headers leave: a proxied service's answer must not drop or replace them
            ctx.addHeadersEndHandler(v -> ctx.response().headers()
                    .set("Access-Control-Allow-Origin", origin)
                    .set("Access-Control-Expose-Headers", exposedHeaders));
        }
        ctx.next();
    }

    private static String trimSlash(String origin) {
        String trimmed = origin.trim();
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
