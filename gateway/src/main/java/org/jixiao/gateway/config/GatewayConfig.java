package org.jixiao.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The gateway's route table and timeouts ({@code jixiao.gateway.*}). */
@ConfigMapping(prefix = "jixiao.gateway")
public interface GatewayConfig {

    /** Downstream services by name (budget, indicator, scoring, report). */
    Map<String, Service> services();

    /** Longest wait for a TCP connection to any downstream; a route's own timeout caps it further. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** Size of the connection pool towards each downstream. */
    @WithDefault("50")
    int maxConnectionsPerService();

    Health health();

    interface Service {
        /** Base URL: scheme, host and port, e.g. http://127.0.0.1:8081. */
        URI url();

        /** Path prefixes this service owns, e.g. /api/v1/units. */
        List<String> prefixes();

        /** How long the downstream may stay silent (before answering or while streaming) before a 504. */
        @WithDefault("30s")
        Duration timeout();

        /** Where the service publishes its OpenAPI document; the gateway serves it at /openapi/{service}. */
        @WithDefault("/q/openapi?format=json")
        String openapiPath();

        /** Where the service reports readiness; the gateway is ready only when every service is. */
        @WithDefault("/q/health/ready")
        String readinessPath();
    }

    interface Health {
        /** How long a downstream readiness probe may take before that service counts as down. */
        @WithDefault("2s")
        Duration timeout();
    }
}
