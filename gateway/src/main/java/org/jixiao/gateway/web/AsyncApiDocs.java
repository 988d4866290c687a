package org.jixiao.gateway.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves the event catalogue (AsyncAPI 3.0, {@code asyncapi.yaml} of the events module) next to the OpenAPI
 * documents: {@code GET /asyncapi.yaml} and {@code GET /asyncapi.json}, without a token like /openapi/*.
 */
public final class AsyncApiDocs {
    static final String RESOURCE = "asyncapi.yaml";
    public static final String YAML_PATH = "/asyncapi.yaml";
    public static final String JSON_PATH = "/asyncapi.json";

    private final Buffer yaml;
    private final Buffer json;

    AsyncApiDocs(byte[] yaml) {
        this.yaml = Buffer.buffer(yaml);
        try {
            this.json = Buffer.buffer(new ObjectMapper().writeValueAsBytes(new ObjectMapper(new YAMLFactory()).readTree(yaml)));
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " is not valid YAML", e);
        }
    }

    /** The document on the classpath (the events jar). */
    public static AsyncApiDocs load() {
        try (InputStream in = AsyncApiDocs.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath (events jar)");
            }
            return new AsyncApiDocs(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void install(Router router, int order) {
        router.get(YAML_PATH).order(order).handler(ctx -> send(ctx, "application/yaml; charset=utf-8", yaml));
        router.get(JSON_PATH).order(order).handler(ctx -> send(ctx, "application/json", json));
    }

    private static void send(RoutingContext ctx, String contentType, Buffer body) {
        MetricsLabels.set(ctx.request().path());
        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, contentType)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                .end(body);
    }
}
