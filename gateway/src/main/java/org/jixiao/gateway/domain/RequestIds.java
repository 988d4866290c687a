package org.jixiao.gateway.domain;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The X-Request-Id rule shared with the services (commons' RequestIds): a caller's id is kept only when it is short
 * and made of URL- and log-safe characters, so nobody can inject log lines or bloat headers through it.
 */
public final class RequestIds {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    public static final int MAX_LENGTH = 128;
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}");

    private RequestIds() {
    }

    /** The caller's id when it is acceptable; empty when absent or unsafe. */
    public static Optional<String> accept(String incoming) {
        return incoming != null && ACCEPTABLE.matcher(incoming).matches() ? Optional.of(incoming) : Optional.empty();
    }

    /** The caller's id when acceptable, otherwise a fresh random UUID. */
    public static String acceptOrCreate(String incoming) {
        return accept(incoming).orElseGet(() -> UUID.randomUUID().toString());
    }
}
