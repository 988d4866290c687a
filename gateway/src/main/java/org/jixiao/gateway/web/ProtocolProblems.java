package org.jixiao.gateway.web;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jixiao.gateway.domain.Problem;

/**
 * Gives the errors that HTTP itself produces a problem+json body, as the gateway's own refusals have:
 * <ul>
 * <li>a URI that is not a URI ({@code /api/v1/units/%zz}) or a path that is not normalised (dot segments, needlessly
 * percent-encoded characters: {@code /api/v1/../../etc/passwd}, {@code /%2e%2e/}): 400;</li>
 * <li>a request line or headers over the advertised limits: 414 and 431 (Netty's own, bodiless refusal only
 * happens far beyond them: quarkus.http.limits in application.properties);</li>
 * <li>every failure a route reports ({@code ctx.fail}) and every status the router answers by itself (404 no route,
 * 405, 406, 413, 415...): the problem of that status instead of Vert.x' HTML page or Quarkus' empty body.</li>
 * </ul>
 */
public final class ProtocolProblems {
    private static final Logger LOG = Logger.getLogger(ProtocolProblems.class);

    /** Metrics label of protocol problems outside /api. */
    static final String OTHER_PATHS = "/*";

    /** Statuses the router answers without any route handler having written a response. */
    static final int[] ROUTER_STATUSES = {400, 401, 403, 404, 405, 406, 408, 409, 411, 412, 413, 414, 415, 416, 417,
        422, 429, 431, 500, 501, 502, 503, 504};

    private static final Map<Integer, String> DETAILS = Map.ofEntries(
            Map.entry(404, "No resource answers this path"),
            Map.entry(405, "The resource does not accept this method"),
            Map.entry(406, "The resource cannot answer in any of the accepted media types"),
            Map.entry(413, "The request body is too large"),
            Map.entry(415, "The resource does not accept this content type"),
            Map.entry(500, "The gateway failed to handle the request; quote the request id when reporting it"));

    private final int maxUriLength;
    private final int maxHeaderBytes;

    public ProtocolProblems(int maxUriLength, int maxHeaderBytes) {
        this.maxUriLength = maxUriLength;
        this.maxHeaderBytes = maxHeaderBytes;
    }

    /**
     * Mounts the checks (at {@code order}, after the request id is known) and the failure/error handlers.
     * The failure handler is placed first of all routes, ahead of Quarkus' own (which answers bodiless).
     */
    public void install(Router router, int order) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failure);
        router.route().order(order).handler(this::check);
        for (int status : ROUTER_STATUSES) {
            router.errorHandler(status, ctx -> answer(ctx, status, null));
        }
    }

    /** The request's first checks: URI syntax, normalised path, request line and header sizes. */
    void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String uri = request.uri();
        if (uri.length() > maxUriLength) {
            send(ctx, problem(414, "The request URI is longer than " + maxUriLength + " characters", ctx));
            return;
        }
        int headerBytes = headerBytes(request);
        if (headerBytes > maxHeaderBytes) {
            send(ctx, problem(431, "The request headers take " + headerBytes + " bytes, more than the limit of "
                    + maxHeaderBytes, ctx));
            return;
        }
        String invalid = invalidUri(uri);
        if (invalid != null) {
            send(ctx, problem(400, "The request URI is malformed: " + invalid, ctx));
            return;
        }
        String normalised;
        try {
            normalised = ctx.normalizedPath();
        } catch (IllegalArgumentException e) {
            send(ctx, problem(400, "The request URI is malformed: " + e.getMessage(), ctx));
            return;
        }
        if (request.path() == null || !normalised.equals(request.path())) {
            send(ctx, Problem.unnormalisedPath(safeInstance(request.path()), RequestIdHandler.of(ctx)));
            return;
        }
        ctx.next();
    }

    /** Null when {@code uri} is a valid request target, else why not. */
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
            // "name: value\r\n", as Netty counts them
            total += header.getKey().length() + header.getValue().length() + 4;
        }
        return total;
    }

    private void failure(RoutingContext ctx) {
        if (ctx.response().ended() || ctx.response().headWritten()) {
            if (!ctx.response().ended()) {
                ctx.response().reset();
            }
            return;
        }
        Throwable failure = ctx.failure();
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
            // the rest of the body is unread: only closing the connection stops the client sending it
            ctx.response().putHeader("Connection", "close").endHandler(v -> ctx.request().connection().close());
        }
        send(ctx, problem(status, detail, ctx));
    }

    private static void send(RoutingContext ctx, Problem problem) {
        if (problem.status() != 404) {
            // never the raw path as a metrics label (414s and 400s carry arbitrary ones); 404s Quarkus counts
            // under uri="NOT_FOUND" by itself
            String path = ctx.request().path();
            MetricsLabels.set(path != null && path.startsWith("/api/") ? MetricsLabels.API : OTHER_PATHS);
        }
        ProblemResponses.send(ctx.response(), problem);
    }

    /** RFC 9110's names (Netty still has some of the older ones, e.g. "Request Entity Too Large"). */
    static String title(int status) {
        return switch (status) {
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 422 -> "Unprocessable Content";
            default -> HttpResponseStatus.valueOf(status).reasonPhrase();
        };
    }

    static Problem problem(int status, String detail, RoutingContext ctx) {
        String title = title(status);
        String type = Problem.TYPE_BASE + title.toLowerCase(Locale.ROOT).replace(' ', '-');
        String text = detail != null && !detail.isBlank() ? detail : DETAILS.getOrDefault(status, title);
        return new Problem(type, title, status, text, safeInstance(ctx.request().path()), RequestIdHandler.of(ctx));
    }

    /** The path as the instance, cut short: a 414's path is what was too long. */
    static String safeInstance(String path) {
        if (path == null) {
            return null;
        }
        return path.length() <= 256 ? path : path.substring(0, 256) + "...";
    }
}
