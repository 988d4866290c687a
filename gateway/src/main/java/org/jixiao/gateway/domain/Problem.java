package org.jixiao.gateway.domain;

/**
 * RFC 9457 problem details as the gateway answers them; the same shape (and type base) as the services' problems,
 * so a client handles an error the same way whoever produced it.
 */
public record Problem(String type, String title, int status, String detail, String instance, String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://jixiao.org/problems/";

    public static Problem notFound(String path, String requestId) {
        return new Problem(TYPE_BASE + "not-found", "Not Found", 404,
                "No service answers " + path, path, requestId);
    }

    public static Problem unnormalisedPath(String path, String requestId) {
        return new Problem(TYPE_BASE + "bad-request", "Bad Request", 400,
                "The path must not contain dot segments or needlessly percent-encoded characters", path,
                requestId);
    }

    public static Problem badGateway(String service, String path, String requestId) {
        return new Problem(TYPE_BASE + "bad-gateway", "Bad Gateway", 502,
                "The " + service + " service is unavailable; try again later", path, requestId);
    }

    public static Problem gatewayTimeout(String service, long timeoutMillis, String path, String requestId) {
        return new Problem(TYPE_BASE + "gateway-timeout", "Gateway Timeout", 504,
                "The " + service + " service did not answer within " + timeoutMillis + " ms", path, requestId);
    }

    public static Problem unauthorized(String detail, String path, String requestId) {
        return new Problem(TYPE_BASE + "unauthorized", "Unauthorized", 401, detail, path, requestId);
    }

    public static Problem tooManyRequests(long retryAfterSeconds, String path, String requestId) {
        return new Problem(TYPE_BASE + "too-many-requests", "Too Many Requests", 429,
                "Rate limit exceeded; retry after " + retryAfterSeconds + " s", path, requestId);
    }

    public static Problem contentTooLarge(long limitBytes, String path, String requestId) {
        return new Problem(TYPE_BASE + "content-too-large", "Content Too Large", 413,
                "The request body exceeds the limit of " + limitBytes + " bytes", path, requestId);
    }

    public static Problem originNotAllowed(String origin, String path, String requestId) {
        return new Problem(TYPE_BASE + "forbidden", "Forbidden", 403,
                "Cross-origin requests from this origin are not allowed", path, requestId);
    }
}
