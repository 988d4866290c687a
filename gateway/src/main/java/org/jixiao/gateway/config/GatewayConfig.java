package org.jixiao.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The gateway's route table, timeouts and protections ({@code jixiao.gateway.*}). */
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

    Jwt jwt();

    RateLimit rateLimit();

    Limits limits();

    Cors cors();

    Headers headers();

    interface Jwt {
        /**
         * Where the token signing key is: a PEM public key or JWKS file (a path, relative to the working directory,
         * or {@code file:/...}), or the identity provider's JWKS URL ({@code https://...}).
         */
        @WithDefault(".run/keys/public.pem")
        String publicKeyLocation();

        /** The only accepted {@code iss}. */
        @WithDefault("https://jixiao.local/dev")
        String issuer();

        /** When set, tokens must name this audience in {@code aud}. */
        Optional<String> audience();

        /** Tolerated clock difference between the identity provider and the gateway, for exp/iat/nbf. */
        @WithDefault("30s")
        Duration clockSkew();

        /** How long keys fetched from a JWKS URL are cached (an unknown {@code kid} refetches sooner). */
        @WithDefault("10m")
        Duration jwksCacheDuration();
    }

    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Sustained requests per second per client (token subject, or IP address when anonymous). */
        @WithDefault("50")
        int requestsPerSecond();

        /** Requests a client may make at once after being idle. */
        @WithDefault("100")
        int burst();
    }

    interface Limits {
        /** Largest request body on /api; larger ones are refused with 413 before reaching a service. */
        @WithDefault("100M")
        @WithConverter(MemorySizeConverter.class)
        MemorySize maxBodySize();

        /**
         * Longest request URI (path and query) answered with anything but a 414 problem. Netty's own limit on the
         * request line (quarkus.http.limits.max-initial-line-length) must be well above it, or Netty refuses first,
         * with no body; the services accept at least this much.
         */
        @WithDefault("4000")
        int maxUriLength();

        /**
         * Most bytes of request headers (each counted as {@code name: value\r\n}) answered with anything but a 431
         * problem; below the services' limit, since the gateway adds forwarding headers. Netty's own limit
         * (quarkus.http.limits.max-header-size) must be well above it.
         */
        @WithDefault("16K")
        @WithConverter(MemorySizeConverter.class)
        MemorySize maxHeaderSize();
    }

    interface Cors {
        /** Dashboard origins (scheme://host[:port]) allowed to call /api from a browser; none by default. */
        Optional<List<String>> origins();

        @WithDefault("GET,POST,PUT,PATCH,DELETE")
        List<String> methods();

        @WithDefault("Authorization,Content-Type,X-Request-Id,If-Match,If-None-Match")
        List<String> headers();

        @WithDefault("X-Request-Id,Location,Retry-After,ETag")
        List<String> exposedHeaders();

        @WithDefault("10m")
        Duration maxAge();
    }

    interface Headers {
        /** CSP of every answer except the Swagger UI: the API serves JSON and files, which need nothing. */
        @WithDefault("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'")
        String contentSecurityPolicy();

        /** CSP of /q/swagger-ui: its page boots from an inline script and inline styles. */
        @WithDefault("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
                + "base-uri 'self'; frame-ancestors 'none'")
        String swaggerUiContentSecurityPolicy();

        @WithDefault("no-referrer")
        String referrerPolicy();

        /** Sent only when set, e.g. {@code max-age=31536000; includeSubDomains} behind TLS. */
        Optional<String> strictTransportSecurity();
    }

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
