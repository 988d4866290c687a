package org.jixiao.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.net.URI;
import java.time.Duration;

/** One downstream service: where it is, how long it may take, and the two proxies that reach it. */
public final class Downstream {

    private final String name;
    private final URI url;
    private final String host;
    private final int port;
    private final boolean ssl;
    private final Duration timeout;
    private final Duration connectTimeout;
    private final String openapiPath;
    private final String readinessPath;
    private final HttpProxy api;
    private final HttpProxy openapi;

    public Downstream(String name, URI url, Duration timeout, Duration connectTimeout, String openapiPath,
            String readinessPath, long maxBodyBytes, HttpClient client) {
        String scheme = url.getScheme();
        if (url.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
            throw new IllegalArgumentException("jixiao.gateway.services." + name
                    + ".url must be an absolute http(s) URL, got '" + url + "'");
        }
        if (url.getPath() != null && !url.getPath().isEmpty() && !"/".equals(url.getPath())) {
            // prefixes are forwarded unchanged, so a base path on the service URL would silently be ignored
            throw new IllegalArgumentException("jixiao.gateway.services." + name
                    + ".url must not have a path, got '" + url + "'");
        }
        this.name = name;
        this.url = url;
        this.host = url.getHost();
        this.ssl = "https".equals(scheme);
        this.port = url.getPort() > 0 ? url.getPort() : (ssl ? 443 : 80);
        this.timeout = timeout;
        this.connectTimeout = timeout.compareTo(connectTimeout) < 0 ? timeout : connectTimeout;
        this.openapiPath = openapiPath;
        this.readinessPath = readinessPath;
        ProblemOnFailure problems = new ProblemOnFailure(name, timeout, maxBodyBytes);
        this.api = HttpProxy.reverseProxy(client)
                .origin(this::originRequest)
                .addInterceptor(problems)
                .addInterceptor(new BodyLimit(maxBodyBytes))
                .addInterceptor(new ForwardedHeaders());
        this.openapi = HttpProxy.reverseProxy(client)
                .origin(this::originRequest)
                .addInterceptor(problems)
                .addInterceptor(new Rewrite(HttpMethod.GET, openapiPath));
    }

    public String name() {
        return name;
    }

    public URI url() {
        return url;
    }

    public Duration timeout() {
        return timeout;
    }

    public String readinessPath() {
        return readinessPath;
    }

    public String openapiPath() {
        return openapiPath;
    }

    /** Streams {@code /api} requests to the service unchanged. */
    public HttpProxy api() {
        return api;
    }

    /** Serves the service's OpenAPI document, whatever path the gateway was asked on. */
    public HttpProxy openapi() {
        return openapi;
    }

    /** Options for a request to this service with its timeouts; {@code uri} is path plus query. */
    public RequestOptions requestOptions(HttpMethod method, String uri, Duration idleTimeout) {
        return new RequestOptions()
                .setMethod(method)
                .setURI(uri)
                .setHost(host)
                .setPort(port)
                .setSsl(ssl)
                .setConnectTimeout(Math.min(connectTimeout.toMillis(), idleTimeout.toMillis()))
                .setIdleTimeout(idleTimeout.toMillis());
    }

    private Future<HttpClientRequest> originRequest(ProxyContext context) {
        // the proxy sets method, URI and headers on the request it is given; only address and timeouts are ours
        return context.client().request(requestOptions(HttpMethod.GET, "/", timeout));
    }

    /** Tells the service who the original caller and host were, for links and audit. */
    private static final class ForwardedHeaders implements ProxyInterceptor {
        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            var incoming = context.request().proxiedRequest();
            var headers = context.request().headers();
            if (incoming.authority() != null && !headers.contains("X-Forwarded-Host")) {
                headers.set("X-Forwarded-Host", incoming.authority().toString());
            }
            if (!headers.contains("X-Forwarded-Proto")) {
                headers.set("X-Forwarded-Proto", incoming.scheme() == null ? "http" : incoming.scheme());
            }
            if (incoming.remoteAddress() != null && incoming.remoteAddress().hostAddress() != null) {
                String previous = headers.get("X-Forwarded-For");
                String client = incoming.remoteAddress().hostAddress();
                headers.set("X-Forwarded-For", previous == null ? client : previous + ", " + client);
            }
            return context.sendRequest();
        }
    }

    /** Replaces method and URI, for fixed documents such as the OpenAPI one. */
    private record Rewrite(HttpMethod method, String uri) implements ProxyInterceptor {
        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            context.request().setMethod(method).setURI(uri);
            return context.sendRequest();
        }
    }
}
