package org.jixiao.commons.web;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jixiao.commons.problem.Problem;

/**
 * Gives the errors that HTTP itself produces at a service's own port a problem+json body, like every answer the
 * service's resources give (the gateway does the same in front of them):
 * <ul>
 * <li>a URI that is not a URI ({@code /api/v1/units/%zz}, see {@link UriValidationHandover}) or a path with dot
 * segments or needlessly percent-encoded characters: 400;</li>
 * <li>a URI longer than {@code jixiao.http.max-uri-length} (4096) characters: 414; headers over
 * {@code jixiao.http.max-header-size} (20 KiB): 431 — Netty's own, bodiless refusal happens only far beyond
 * (see {@link UriValidationHandover#HTTP_LIMITS});</li>
 * <li>every route failure and every status the router answers by itself (404 for a path no resource serves, 405,
 * 406, 415 outside REST, ...).</li>
 * </ul>
 * Not covered: a declared Content-Length over quarkus.http.limits.max-body-size is still answered by Quarkus, 413
 * without a body (answering it earlier made an upload that waits for 100-continue hang); the gateway answers the
 * same 413 with a problem before a service ever sees it.
 */
@ApplicationScoped
public class HttpProblems {
    private static final Logger LOG = Logger.getLogger(HttpProblems.class);

    /** Right after the request arrives, before Quarkus' own handlers (body limit, security, REST). */
    static final int CHECK_ORDER = Integer.MIN_VALUE + 100;
    static final String TYPE_BASE = "https://jixiao.org/problems/";
    private static final Pattern ACCEPTABLE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final String CONTEXT_KEY = "jixiao.problem-request-id";

    static final int[] ROUTER_STATUSES = {400, 401, 403, 404, 405, 406, 408, 409, 411, 412, 413, 414, 415, 416, 417,
        422, 429, 431, 500, 501, 502, 503, 504};

    private static final Map<Integer, String> DETAILS = Map.of(
            404, "No resource answers this path",
            405, "The resource does not accept this method",
            406, "The resource cannot answer in any of the accepted media types",
            413, "The request body is too large",
            415, "The resource does not accept this content type",
            500, "The service failed to handle the request; quote the request id when reporting it");

    private final int maxUriLength;
    private final int maxHeaderBytes;

    public HttpProblems(@ConfigProperty(name = "jixiao.http.max-uri-length", defaultValue = "4096") int maxUriLength,
            @ConfigProperty(name = "jixiao.http.max-header-size", defaultValue = "20480") int maxHeaderBytes) {
        this.maxUriLength = maxUriLength;
        this.maxHeaderBytes = maxHeaderBytes;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failure);
        router.route().order(CHECK_ORDER).handler(this::check);
        for (int status : ROUTER_STATUSES) {
            router.errorHandler(status, ctx -> answer(ctx, status, null));
        }
    }

    void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String uri = request.uri();
        if (uri.length() > maxUriLength) {
            send(ctx, 414, "The request URI is longer than " + maxUriLength + " characters");
            return;
        }
        int headerBytes = headerBytes(request);
        if (headerBytes > maxHeaderBytes) {
            send(ctx, 431, "The request headers take " + headerBytes + " bytes, more than the limit of "
                    + maxHeaderBytes);
            return;
        }
        String invalid = invalidUri(uri);
        if (invalid != null) {
            send(ctx, 400, "The request URI is malformed: " + invalid);
            return;
        }
        String normalised;
        try {
            normalised = ctx.normalizedPath();
        } catch (IllegalArgumentException e) {
            send(ctx, 400, "The request URI is malformed: " + e.getMessage());
            return;
        }
        if (request.path() == null || !normalised.equals(request.path())) {
            send(ctx, 400, "The path must not contain dot segments or needlessly percent-encoded characters");
            return;
        }
        ctx.next();
    }

    static String invalidUri(String uri) {
        if (uri == null || uri.isEmpty()) {
            return "empty";
        }
        try {
            new URI(uri);
            return null;
        } catch (URISyntaxException e) {
            return e.getReason() + " at index " + e.getIndex();
        }
    }

    static int headerBytes(HttpServerRequest request) {
        int total = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            total += header.getKey().length() + header.getValue().length() + 4;
        }
        return total;
    }

    private void failure(RoutingContext ctx) {
        if (ctx.response().ended()) {
            return;
        }
        if (ctx.response().headWritten()) {
            ctx.response().reset();
            return;
        }
        Throwable failure = ctx.failure();
        if (failure instanceof io.quarkus.security.AuthenticationException
                || failure instanceof io.quarkus.security.UnauthorizedException
                || failure instanceof io.quarkus.security.ForbiddenException) {
            // Quarkus answers these itself, with the authentication challenge (with proactive authentication off,
            // as configured in commons, they reach SecurityProblemMappers instead and never get here)
            ctx.next();
            return;
        }
        int status = ctx.statusCode();
        String detail = null;
        if (failure instanceof HttpException http) {
            status = http.getStatusCode();
            detail = http.getPayload();
        } else if (failure != null) {
            status = 500;
            LOG.errorf(failure, "%s %s failed", ctx.request().method(), ctx.request().path());
        }
        answer(ctx, status < 400 ? 500 : status, detail);
    }

    private void answer(RoutingContext ctx, int status, String detail) {
        if (ctx.response().ended() || ctx.response().headWritten()) {
            return;
        }
        if (status == 413) {
            ctx.response().putHeader("Connection", "close").endHandler(v -> ctx.request().connection().close());
        }
        send(ctx, status, detail);
    }

    private static void send(RoutingContext ctx, int status, String detail) {
        String title = title(status);
        String text = detail != null && !detail.isBlank() ? detail : DETAILS.getOrDefault(status, title);
        String requestId = requestId(ctx);
        JsonObject body = new JsonObject()
                .put("type", TYPE_BASE + title.toLowerCase(Locale.ROOT).replace(' ', '-'))
                .put("title", title)
                .put("status", status)
                .put("detail", text);
        String path = ctx.request().path();
        if (path != null) {
            body.put("instance", path.length() <= 256 ? path : path.substring(0, 256) + "...");
        }
        body.put("requestId", requestId);
        ctx.response().setStatusCode(status)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader(RequestIds.HEADER, requestId)
                .end(body.toBuffer());
    }

    /** The caller's id when acceptable (the rule of {@link RequestIds}), else a new one; the same for one request. */
    private static String requestId(RoutingContext ctx) {
        String id = ctx.get(CONTEXT_KEY);
        if (id == null) {
            String incoming = ctx.request().getHeader(RequestIds.HEADER);
            id = incoming != null && ACCEPTABLE_ID.matcher(incoming).matches() ? incoming
                    : UUID.randomUUID().toString();
            ctx.put(CONTEXT_KEY, id);
        }
        return id;
    }

    static String title(int status) {
        return switch (status) {
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 422 -> "Unprocessable Content";
            default -> HttpResponseStatus.valueOf(status).reasonPhrase();
        };
    }
}
