package org.jixiao.commons.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "jixiao.outbox")
public interface OutboxConfig {
    /** CloudEvent {@code source} of every event this service publishes. */
    @WithDefault("/jixiao/${quarkus.application.name}")
    String source();

    @WithDefault("1s")
    String initialDelay();

    /** How often pending rows are relayed (a scheduler expression such as {@code 1s}). */
    @WithDefault("1s")
    String interval();

    @WithDefault("100")
    int batchSize();

    @WithDefault("10s")
    Duration sendTimeout();
}
