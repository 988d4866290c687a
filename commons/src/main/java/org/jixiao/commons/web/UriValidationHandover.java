package org.jixiao.commons.web;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.common.MapBackedConfigSource;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Prepares every service's HTTP server for {@link HttpProblems}:
 * <ul>
 * <li>hands the check of the request URI's syntax from Quarkus to HttpProblems: Quarkus refuses a URI that
 * {@link java.net.URI} cannot parse before any route runs, with a bodiless 400, unless the system property
 * {@value #PROPERTY} is set when its HTTP recorder is first loaded. Quarkus builds the runtime configuration, and so
 * calls this factory, before it loads that recorder: the only moment early enough in every launch mode;</li>
 * <li>raises Netty's limits on the request line and headers ({@link #HTTP_LIMITS}, as defaults a service's
 * application.properties may override) far above the ones HttpProblems enforces with a problem: past Netty's, Vert.x
 * answers a bare 414/431 and closes the connection before any Quarkus code runs.</li>
 * </ul>
 * Registered in META-INF/services.
 */
public class UriValidationHandover implements ConfigSourceFactory {

    /** Read once by io.quarkus.vertx.http.runtime.VertxHttpRecorder. */
    public static final String PROPERTY = "vertx.disableURIValidation";

    /** Netty's limits: a bound on memory only, 16 and ~3 times what HttpProblems answers with 414/431. */
    public static final Map<String, String> HTTP_LIMITS = Map.of(
            "quarkus.http.limits.max-initial-line-length", "65536",
            "quarkus.http.limits.max-header-size", "64K");

    /** Below application.properties (250) and the jars' microprofile-config.properties (100). */
    static final int ORDINAL = 90;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        System.setProperty(PROPERTY, "true");
        return List.of(new MapBackedConfigSource("jixiao-commons-http-limits", HTTP_LIMITS, ORDINAL) {
        });
    }
}
