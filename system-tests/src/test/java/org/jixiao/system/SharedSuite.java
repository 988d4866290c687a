package org.jixiao.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.demo.DemoLoader;
import org.jixiao.demo.LoadedCase;
import org.jixiao.demo.TokenSupplier;
import org.jixiao.testsupport.Tokens;

/**
 * The one packaged suite every system test of this JVM shares (starting it takes most of a system test's time): the
 * five services as processes, a validating proxy in front of the gateway built from the documents the services
 * serve, and the five seeds loaded through that proxy exactly as the start command loads them. Stopped when the JVM
 * exits.
 */
final class SharedSuite {
    /** Each actor calls with its own token: role, region and unit as the real actor's would be. */
    static final TokenSupplier TOKENS = actor -> Tokens.of(actor.role(), actor.region(), actor.unitCode());

    private static SharedSuite instance;

    final RunningSuite suite;
    final Map<String, String> documents = new LinkedHashMap<>();
    final ValidatingProxy proxy;
    final Map<String, LoadedCase> loaded = new LinkedHashMap<>();

    private SharedSuite() throws IOException {
        suite = new RunningSuite();
        Runtime.getRuntime().addShutdownHook(new Thread(suite::close));
        suite.startAll();
        for (String service : RunningSuite.SERVICES) {
            documents.put(service, get(suite.gatewayUrl() + "/openapi/" + service));
        }
        proxy = new ValidatingProxy(URI.create(suite.gatewayUrl()),
                new OpenApiResponseValidator(new ArrayList<>(documents.values())));
        Runtime.getRuntime().addShutdownHook(new Thread(proxy::close));
        for (LoadedCase loadedCase : DemoLoader.load(proxy.uri(), TOKENS)) {
            loaded.put(loadedCase.dir(), loadedCase);
        }
    }

    static synchronized SharedSuite get() {
        if (instance == null) {
            try {
                instance = new SharedSuite();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    String gatewayUrl() {
        return suite.gatewayUrl();
    }

    List<LoadedCase> cases() {
        return List.copyOf(loaded.values());
    }

    private static String get(String url) throws IOException {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException(url + " answered " + response.statusCode());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
