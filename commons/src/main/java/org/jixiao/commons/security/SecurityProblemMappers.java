package org.jixiao.commons.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jixiao.commons.problem.Problem;
import org.jixiao.commons.web.RequestIds;

/**
 * Quarkus security failures as problem+json, like every other error: 401 for a missing or refused token, 403 for a
 * caller without the role. Takes effect once a service turns authentication on (with
 * {@code quarkus.http.auth.proactive=false}, so that token failures reach these mappers instead of being answered
 * with an empty body by the HTTP layer); until then these exceptions never occur.
 */
public class SecurityProblemMappers {
    private static final String TYPE_BASE = "https://jixiao.org/problems/";

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "forbidden", "Forbidden", "The caller's role does not allow this action", uri)
                .build();
    }

    private static Response unauthorized(UriInfo uri) {
        return respond(401, "unauthorized", "Unauthorized", "A valid bearer token is required", uri)
                .header("WWW-Authenticate", "Bearer realm=\"jixiao\"")
                .build();
    }

    private static Response.ResponseBuilder respond(int status, String type, String title, String detail,
            UriInfo uri) {
        Object requestId = MDC.get(RequestIds.MDC_KEY);
        Problem body = new Problem(TYPE_BASE + type, title, status, detail,
                uri == null ? null : uri.getRequestUri().getRawPath(),
                requestId == null ? null : requestId.toString(), List.of());
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body);
    }
}
