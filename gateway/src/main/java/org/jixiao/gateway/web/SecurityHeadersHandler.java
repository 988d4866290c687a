package org.jixiao.gateway.web;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import org.jixiao.gateway.config.GatewayConfig;

/**
 * Puts the browser-facing security headers on every answer, the proxied ones included (set when the headers leave,
 * so a service's own values cannot weaken them). The Swagger UI gets a CSP that lets its inline boot script run;
 * everything else gets one that allows nothing, since JSON and file downloads need nothing.
 */
public class SecurityHeadersHandler implements Handler<RoutingContext> {

    static final String SWAGGER_UI = "/q/swagger-ui";

    private final GatewayConfig.Headers config;

    public SecurityHeadersHandler(GatewayConfig.Headers config) {
        this.config = config;
    }

    @Override
    public void handle(RoutingContext ctx) {
        // the raw path: normalising a malformed one throws, and an unnormalised one is refused anyway (ProtocolProblems)
        String path = ctx.request().path();
        boolean swaggerUi = path != null && path.startsWith(SWAGGER_UI);
        ctx.addHeadersEndHandler(v -> {
            MultiMap headers = ctx.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", config.referrerPolicy());
            headers.set("Content-Security-Policy",
                    swaggerUi ? config.swaggerUiContentSecurityPolicy() : config.contentSecurityPolicy());
            config.strictTransportSecurity().ifPresent(hsts -> headers.set("Strict-Transport-Security", hsts));
        });
        ctx.next();
    }
}
