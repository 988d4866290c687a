package org.jixiao.gateway.health;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jixiao.gateway.config.GatewayConfig;
import org.jixiao.gateway.proxy.Downstream;
import org.jixiao.gateway.proxy.Downstreams;

/**
 * One readiness check per downstream service, named after it: the gateway is ready only when every service answers
 * its own /q/health/ready with 200 within the probe timeout, and the check of a failing service says why.
 */
@ApplicationScoped
public class DownstreamReadiness {

    private final Downstreams downstreams;
    private final Duration timeout;

    public DownstreamReadiness(Downstreams downstreams, GatewayConfig config) {
        this.downstreams = downstreams;
        this.timeout = config.health().timeout();
    }

    void register(@Observes StartupEvent startup, @Readiness HealthRegistry readiness) {
        downstreams.all().values().forEach(downstream ->
                readiness.register(downstream.name(), () -> probe(downstream)));
    }

    /** Asks one service whether it is ready; never fails, a failure is a DOWN answer. */
    public Uni<HealthCheckResponse> probe(Downstream downstream) {
        String target = downstream.readinessPath();
        HealthCheckResponseBuilder builder = HealthCheckResponse.named(downstream.name())
                .withData("url", downstream.url() + target);
        return Uni.createFrom()
                .completionStage(() -> downstreams.client()
                        .request(downstream.requestOptions(HttpMethod.GET, target, timeout))
                        .compose(request -> request.send())
                        .compose(response -> response.body().map(body -> response.statusCode()))
                        .toCompletionStage())
                .ifNoItem().after(timeout.plusMillis(500)).fail()
                .map(status -> status == 200
                        ? builder.up().build()
                        : builder.down().withData("status", status).build())
                .onFailure().recoverWithItem(failure -> builder.down()
                        .withData("error", failure.getClass().getSimpleName()
                                + (failure.getMessage() == null ? "" : ": " + failure.getMessage()))
                        .build());
    }
}
