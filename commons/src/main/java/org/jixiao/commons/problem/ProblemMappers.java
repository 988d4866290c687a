package org.jixiao.commons.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jixiao.commons.web.RequestIds;

/**
 * Turns every failure into RFC 9457 problem+json. Client mistakes keep their 4xx status and name the field;
 * only a genuine fault of ours is a 500, and it never leaks internals.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String TYPE_BASE = "https://jixiao.org/problems/";

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.status(), e.type(), e.title(), e.getMessage(), uri, e.errors());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getConstraintDescriptor().getAnnotation()
                        .annotationType().getSimpleName().toUpperCase(), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        ProblemException p = ProblemException.invalid(errors);
        return respond(400, p.type(), p.title(), p.getMessage(), uri, errors);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String code = e instanceof UnrecognizedPropertyException ? "UNKNOWN_FIELD"
                    : e instanceof InvalidFormatException ? "INVALID_FORMAT" : "INVALID_VALUE";
            String message = e instanceof InvalidFormatException f
                    ? "cannot read " + quote(f.getValue()) + " as " + f.getTargetType().getSimpleName()
                    : e.getOriginalMessage();
            return respond(400, "validation", "Invalid request", field + ": " + message, uri,
                    List.of(new Problem.FieldError(field, code, message)));
        }
        return respond(400, "malformed-json", "Malformed JSON", e.getOriginalMessage(), uri, List.of());
    }

    // Quarkus maps these Jackson subtypes itself; naming them here makes ours the closest match.
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unparseableJson(JsonParseException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error";
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        if (cause instanceof ProblemException problem) {
            return problem(problem, uri);
        }
        return respond(status, title.toLowerCase().replace(' ', '-'), title, e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("unexpected failure", e);
        return respond(500, "internal", "Internal error",
                "The service failed; quote the request id when reporting it", uri, List.of());
    }

    private static Response respond(int status, String type, String title, String detail, UriInfo uri,
            List<Problem.FieldError> errors) {
        Object requestId = MDC.get(RequestIds.MDC_KEY);
        Problem body = new Problem(TYPE_BASE + type, title, status, detail,
                uri == null ? null : uri.getRequestUri().getRawPath(),
                requestId == null ? null : requestId.toString(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    private static String fieldOf(ConstraintViolation<?> v) {
        // "create.arg0.name" → "name": drop the method and parameter segments of bean validation paths
        String path = v.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }

    private static String quote(Object value) {
        String text = String.valueOf(value);
        return "'" + (text.length() > 80 ? text.substring(0, 80) + "…" : text) + "'";
    }
}
