package org.jixiao.gateway.web;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jixiao.gateway.domain.Problem;
import org.jixiao.gateway.proxy.Downstream;
import org.jixiao.gateway.proxy.Downstreams;

/**
 * The gateway's routes on Quarkus' Vert.x router, in the order a request meets them:
 * <ol>
 * <li>request id (every path, including /q);</li>
 * <li>{@link ApiFilter}s on /api — where JWT verification will go;</li>
 * <li>the proxy to the service owning the path prefix, or a 404 problem;</li>
 * </ol>
 * and, beside them, /openapi/{service} serving each service's OpenAPI document to the Swagger UI.
 */
@ApplicationScoped
public class GatewayRoutes {
    private static final Logger LOG = Logger.getLogger(GatewayRoutes.class);

    static final int REQUEST_ID_ORDER = Integer.MIN_VALUE + 100;
    static final int API_FILTER_ORDER = 1_000;
    static final int PROXY_ORDER = 2_000;
    private static final String URL_PATH_TEMPLATE = "UrlPathTemplate";

    private final Downstreams downstreams;
    private final Instance<ApiFilter> filters;

    public GatewayRoutes(Downstreams downstreams, @Any Instance<ApiFilter> filters) {
        this.downstreams = downstreams;
        this.filters = filters;
    }

    void install(@Observes Router router) {
        router.route().order(REQUEST_ID_ORDER).handler(new RequestIdHandler());

        List<ApiFilter> ordered = filters.stream().sorted(Comparator.comparingInt(ApiFilter::order)).toList();
        int order = API_FILTER_ORDER;
        for (ApiFilter filter : ordered) {
            router.route("/api/*").order(order++).handler(filter);
        }

        router.route("/api/*").order(PROXY_ORDER).handler(this::proxyApi);
        router.get("/openapi/:service").order(PROXY_ORDER).handler(this::proxyOpenApi);
    }

    void logRoutes(@Observes StartupEvent startup) {
        downstreams.routes().routes().forEach(route -> LOG.infof("route %s -> %s (%s)", route.prefix(),
                route.service(), downstreams.named(route.service()).map(Downstream::timeout).orElseThrow()));
    }

    private void proxyApi(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (!path.equals(ctx.request().path())) {
            // the gateway routes (and will authorise) by the normalised path, but the proxy forwards the raw one: a
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

    /**
     * Names the request in http_server_requests by its route, not its path, so ids in paths cannot multiply the time
     * series. "UrlPathTemplate" is the context key Quarkus' HTTP metrics read (REST endpoints set it the same way).
     */
    private static void metricsLabel(String template) {
        Context context = Vertx.currentContext();
        if (context != null) {
            context.putLocal(URL_PATH_TEMPLATE, template);
        }
    }

    private void proxyOpenApi(RoutingContext ctx) {
        String service = ctx.pathParam("service");
        downstreams.named(service).ifPresentOrElse(
                downstream -> downstream.openapi().handle(ctx.request()),
                () -> ProblemResponses.send(ctx.response(),
                        Problem.notFound(ctx.normalizedPath(), RequestIdHandler.of(ctx))));
    }
}
