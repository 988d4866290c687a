package org.jixiao.gateway.proxy;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jixiao.gateway.config.GatewayConfig;
import org.jixiao.gateway.domain.RouteTable;

/** The configured downstream services and the route table that picks one for a path. */
@ApplicationScoped
public class Downstreams {

    private final HttpClient client;
    private final Map<String, Downstream> byName;
    private final RouteTable routes;

    public Downstreams(Vertx vertx, GatewayConfig config) {
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setKeepAlive(true)
                // the gateway must not decompress or re-encode what it passes through
                .setDecompressionSupported(false),
                new PoolOptions().setHttp1MaxSize(config.maxConnectionsPerService()));
        Map<String, Downstream> services = new LinkedHashMap<>();
        Map<String, List<String>> prefixes = new TreeMap<>();
        new TreeMap<>(config.services()).forEach((name, service) -> {
            services.put(name, new Downstream(name, service.url(), service.timeout(), config.connectTimeout(),
                    service.openapiPath(), service.readinessPath(), config.limits().maxBodySize().asLongValue(),
                    client));
            prefixes.put(name, service.prefixes());
        });
        this.byName = Map.copyOf(services);
        this.routes = RouteTable.of(prefixes);
    }

    public Optional<Downstream> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** All services, by name. */
    public Map<String, Downstream> all() {
        return new TreeMap<>(byName);
    }

    public HttpClient client() {
        return client;
    }

    public RouteTable routes() {
        return routes;
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
