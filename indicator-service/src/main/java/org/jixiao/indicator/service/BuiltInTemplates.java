package org.jixiao.indicator.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jixiao.indicator.rest.FrameworkDtos.FrameworkRequest;
import org.jixiao.indicator.rest.FrameworkDtos.FrameworkResponse;

/**
 * Loads the frameworks written from the seeds ({@code templates/*.json}, listed in {@code templates/builtin.list})
 * on start: each one whose code is unknown is created and published as version 1. Idempotent: a restart, or a
 * second instance racing this one (the unique code + version stops it), changes nothing.
 */
@ApplicationScoped
public class BuiltInTemplates {
    private static final Logger LOG = Logger.getLogger(BuiltInTemplates.class);
    static final String LIST = "templates/builtin.list";

    private final FrameworkService frameworks;
    private final ObjectMapper json;
    private final boolean loadAtStart;

    public BuiltInTemplates(FrameworkService frameworks, ObjectMapper json,
            @ConfigProperty(name = "jixiao.templates.load-at-start", defaultValue = "true") boolean loadAtStart) {
        this.frameworks = frameworks;
        this.json = json;
        this.loadAtStart = loadAtStart;
    }

    void onStart(@Observes StartupEvent event) {
        if (loadAtStart) {
            loadMissing();
        }
    }

    /** Creates and publishes every built-in template whose code is not stored yet; returns how many. */
    public int loadMissing() {
        int loaded = 0;
        for (String file : files()) {
            FrameworkRequest request = read(file);
            try {
                boolean created = QuarkusTransaction.requiringNew().call(() -> {
                    if (frameworks.exists(request.code())) {
                        return false;
                    }
                    FrameworkResponse draft = frameworks.createBuiltIn(request);
                    frameworks.publishBuiltIn(draft.id());
                    return true;
                });
                if (created) {
                    loaded++;
                    LOG.infof("built-in framework %s loaded and published", request.code());
                }
            } catch (RuntimeException e) {
                LOG.warnf("built-in framework %s not loaded (another instance may have loaded it): %s", request.code(),
                        e.getMessage());
            }
        }
        return loaded;
    }

    static List<String> files() {
        try (InputStream in = resource(LIST)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FrameworkRequest read(String file) {
        try (InputStream in = resource("templates/" + file)) {
            return json.readValue(in, FrameworkRequest.class);
        } catch (IOException e) {
            throw new UncheckedIOException("built-in template " + file + " is unreadable", e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing resource " + name);
        }
        return in;
    }
}
