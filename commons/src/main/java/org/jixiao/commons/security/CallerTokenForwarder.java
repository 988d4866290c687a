package org.jixiao.commons.security;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Authenticates a call to another service: inside a request, as the caller (their token, so the callee applies the
 * caller's own scope); outside one (a Kafka consumer), with this service's own token, {@code jixiao.service-token}
 * (locally minted by the start script, in production a client-credentials token of the identity provider).
 */
public class CallerTokenForwarder implements ClientRequestFilter {
    @Override
    public void filter(ClientRequestContext request) {
        if (request.getHeaders().containsKey(HttpHeaders.AUTHORIZATION)) {
            return;
        }
        callerToken().or(CallerTokenForwarder::serviceToken)
                .ifPresent(token -> request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token));
    }

    private static Optional<String> callerToken() {
        if (Arc.container() == null || !Arc.container().requestContext().isActive()) {
            return Optional.empty();
        }
        try (InstanceHandle<JsonWebToken> jwt = Arc.container().instance(JsonWebToken.class)) {
            return jwt.isAvailable() ? Optional.ofNullable(jwt.get().getRawToken()) : Optional.empty();
        }
    }

    private static Optional<String> serviceToken() {
        return ConfigProvider.getConfig().getOptionalValue("jixiao.service-token", String.class)
                .filter(token -> !token.isBlank());
    }
}
