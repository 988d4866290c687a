package org.jixiao.commons.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.UriBuilder;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Adds the RFC 8288 {@code Link} header (first, prev, next, last) to every answer whose body is a {@link Page}, so the
 * rule lives in one place instead of in each list resource. Links are relative to the host, as the gateway forwards
 * paths unchanged.
 */
public class PageLinks {
    public static final String HEADER = "Link";

    @ServerResponseFilter
    public void link(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Page<?> page) {
            response.getHeaders().putSingle(HEADER, header(request.getUriInfo().getRequestUri().getRawPath(),
                    request.getUriInfo().getRequestUri().getRawQuery(), page));
        }
    }

    static String header(String path, String query, Page<?> page) {
        List<String> links = new ArrayList<>();
        long last = page.lastPage();
        links.add(link(path, query, 0, page.size(), "first"));
        if (page.page() > 0) {
            links.add(link(path, query, Math.min(page.page() - 1, last), page.size(), "prev"));
        }
        if (page.page() < last) {
            links.add(link(path, query, page.page() + 1, page.size(), "next"));
        }
        links.add(link(path, query, last, page.size(), "last"));
        return String.join(", ", links);
    }

    private static String link(String path, String query, long page, int size, String rel) {
        String uri = UriBuilder.fromPath(path).replaceQuery(query)
                .replaceQueryParam("page", page).replaceQueryParam("size", size).build().toString();
        return "<" + uri + ">; rel=\"" + rel + "\"";
    }
}
