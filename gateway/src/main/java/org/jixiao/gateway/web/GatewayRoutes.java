package org.jixiao.gateway.web;

import io.quarkus.runtime.StartupEvent;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jixiao.gateway.config.GatewayConfig;
import org.jixiao.gateway.domain.Problem;
import org.jixiao.gateway.proxy.Downstream;
import org.jixiao.gateway.proxy.Downstreams;

/**
 * The gateway's routes on Quarkus' Vert.x router, in the order a request meets them:
 * <ol>
 * <li>request id and security headers (every path, including /q);</li>
 * <li>{@link ProtocolProblems}: a malformed or unnormalised URI, an overlong URI or header section is refused with a
 * problem (which also answers every failure and every status the router gives by itself);</li>
 * <li>the body size limit (declared length; streamed /api bodies are counted by the proxy);</li>
 * <li>{@link ApiFilter}s on /api, by their order: CORS, JWT verification, rate limit;</li>
 * <li>the proxy to the service owning the path prefix, or a 404 problem;</li>
 * </ol>
 * and, beside them, /openapi/{service} serving each service's OpenAPI document to the Swagger UI, and
 * /asyncapi.yaml and /asyncapi.json the catalogue of the Kafka events ({@link AsyncApiDocs}).
 */
@ApplicationScoped
public class GatewayRoutes {
    private static final Logger LOG = Logger.getLogger(GatewayRoutes.class);

    static final int REQUEST_ID_ORDER = Integer.MIN_VALUE + 100;
    static final int SECURITY_HEADERS_ORDER = REQUEST_ID_ORDER + 1;
    static final int PROTOCOL_CHECKS_ORDER = SECURITY_HEADERS_ORDER + 1;
    /** Before Quarkus' own upload limit (order -2), which would answer 413 without a problem body. */
    static final int BODY_SIZE_ORDER = -10;
    static final int API_FILTER_ORDER = 1_000;
    static final int PROXY_ORDER = 2_000;

    private final Downstreams downstreams;
    private final Instance<ApiFilter> filters;
    private final GatewayConfig config;

    public GatewayRoutes(Downstreams downstreams, @Any Instance<ApiFilter> filters, GatewayConfig config) {
        this.downstreams = downstreams;
        this.filters = filters;
        this.config = config;
    }

    void install(@Observes Router router) {
        router.route().order(REQUEST_ID_ORDER).handler(new RequestIdHandler());
        router.route().order(SECURITY_HEADERS_ORDER).handler(new SecurityHeadersHandler(config.headers()));
        new ProtocolProblems(config.limits().maxUriLength(), (int) config.limits().maxHeaderSize().asLongValue())
                .install(router, PROTOCOL_CHECKS_ORDER);
        // every path: Quarkus' own limit (equal) would answer other paths' 413 without a body
        router.route().order(BODY_SIZE_ORDER)
                .handler(new BodySizeHandler(config.limits().maxBodySize().asLongValue()));

        List<ApiFilter> ordered = filters.stream().sorted(Comparator.comparingInt(ApiFilter::order)).toList();
        int order = API_FILTER_ORDER;
        for (ApiFilter filter : ordered) {
            router.route("/api/*").order(order++).handler(filter);
        }

        router.route("/api/*").order(PROXY_ORDER).handler(this::proxyApi);
        router.get("/openapi/:service").order(PROXY_ORDER).handler(this::proxyOpenApi);
        AsyncApiDocs.load().install(router, PROXY_ORDER);
    }

    void logRoutes(@Observes StartupEvent startup) {
        downstreams.routes().routes().forEach(route -> LOG.infof("route %s -> %s (%s)", route.prefix(),
                route.service(), downstreams.named(route.service()).map(Downstream::timeout).orElseThrow()));
    }

    private void proxyApi(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (!path.equals(ctx.request().path())) {
            // the gateway routes (and authorises) by the normalised path, but the proxy forwards the raw one: a
            // path that a service would resolve differently, e.g. /api/v1/units/../budgets, must not slip past that
            metricsLabel("/api/*");
            ProblemResponses.send(ctx.response(), Problem.unnormalisedPath(ctx.request().path(),
                    RequestIdHandler.of(ctx)));
            return;
        }
        downstreams.routes().routeFor(path).ifPresentOrElse(
                route -> {
                    metricsLabel(path.equals(route.prefix()) ? route.prefix() : route.prefix() + "/*");
                    downstreams.named(route.service()).orElseThrow().api().handle(ctx.request());
                },
                // unlabelled on purpose: Quarkus counts 404s under uri="NOT_FOUND"
                () -> ProblemResponses.send(ctx.response(), Problem.notFound(path, RequestIdHandler.of(ctx))));
    }

    private static void metricsLabel(String template) {
        MetricsLabels.set(template);
    }

    private void proxyOpenApi(RoutingContext ctx) {
        String service = ctx.pathParam("service");
        downstreams.named(service).ifPresentOrElse(
                downstream -> downstream.openapi().handle(ctx.request()),
                () -> ProblemResponses.send(ctx.response(),
                        Problem.notFound(ctx.normalizedPath(), RequestIdHandler.of(ctx))));
    }
}
