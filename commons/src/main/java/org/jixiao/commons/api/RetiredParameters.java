package org.jixiao.commons.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jixiao.commons.problem.ProblemException;

/**
 * Query parameters renamed for one vocabulary across the suite (docs/api.md, "Vocabulary") are refused with a 400
 * naming the new name rather than ignored: an ignored {@code region} or {@code year} filter would silently widen
 * the answer to every region or year the caller may see.
 */
public class RetiredParameters {
    static final Map<String, String> RENAMED = Map.of("region", "regionCode", "year", "fiscalYear");

    @ServerRequestFilter
    public void refuse(ContainerRequestContext request) {
        var query = request.getUriInfo().getQueryParameters();
        RENAMED.forEach((old, current) -> {
            if (query.containsKey(old)) {
                throw ProblemException.invalid(old, "PARAMETER_RENAMED", "this filter is called " + current);
            }
        });
    }
}
