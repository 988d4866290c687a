package org.jixiao.gateway.web;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import java.util.List;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Hands the check of the request URI's syntax from Quarkus to {@link ProtocolProblems}. Quarkus refuses a URI that
 * {@link java.net.URI} cannot parse (e.g. {@code /api/v1/units/%zz}) before any route runs, with a bodiless 400, unless
 * the system property {@value #PROPERTY} is set when its HTTP recorder is first loaded; ProtocolProblems makes the same
 * check first thing on the router and answers a problem instead.
 * <p>
 * Quarkus builds the runtime configuration, and so calls this factory, before it loads that recorder; that is the
 * only moment early enough in every launch mode (a {@code @QuarkusMain} does not run under {@code @QuarkusTest}).
 * Contributes no configuration. Registered in META-INF/services; GatewayRoutesTest proves it took effect.
 */
public class UriValidationHandover implements ConfigSourceFactory {

    /** Read once by io.quarkus.vertx.http.runtime.VertxHttpRecorder. */
    public static final String PROPERTY = "vertx.disableURIValidation";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        System.setProperty(PROPERTY, "true");
        return List.of();
    }
}
