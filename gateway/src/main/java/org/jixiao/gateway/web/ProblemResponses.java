package org.jixiao.gateway.web;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import org.jixiao.gateway.domain.Problem;

/** Writes problem+json; the only place that knows the JSON shape of a {@link Problem}. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Buffer json(Problem problem) {
        JsonObject json = new JsonObject()
                .put("type", problem.type())
                .put("title", problem.title())
                .put("status", problem.status())
                .put("detail", problem.detail())
                .put("instance", problem.instance());
        if (problem.requestId() != null) {
            json.put("requestId", problem.requestId());
        }
        return json.toBuffer();
    }

    public static void send(HttpServerResponse response, Problem problem) {
        response.setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(json(problem));
    }
}
