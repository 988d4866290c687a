package org.jixiao.gateway.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which service owns a path. Prefixes match whole path segments ("/api/v1/units" owns "/api/v1/units" and
 * "/api/v1/units/7" but not "/api/v1/unitsx"), and the longest prefix wins so a service may own a sub-tree of
 * another's resource.
 */
public final class RouteTable {

    /** One prefix owned by one service. */
    public record Route(String service, String prefix) {
    }

    private final List<Route> longestFirst;

    private RouteTable(List<Route> longestFirst) {
        this.longestFirst = longestFirst;
    }

    /**
     * @param prefixesByService service name to the path prefixes it owns
     * @throws IllegalArgumentException when a prefix is malformed or claimed twice, since a path must have one owner
     */
    public static RouteTable of(Map<String, List<String>> prefixesByService) {
        Map<String, String> owners = new HashMap<>();
        List<Route> routes = new ArrayList<>();
        prefixesByService.forEach((service, prefixes) -> {
            for (String raw : prefixes) {
                String prefix = normalise(raw);
                String previous = owners.putIfAbsent(prefix, service);
                if (previous != null) {
                    throw new IllegalArgumentException("prefix " + prefix + " is claimed by both " + previous
                            + " and " + service);
                }
                routes.add(new Route(service, prefix));
            }
        });
        routes.sort(Comparator.comparingInt((Route r) -> r.prefix().length()).reversed()
                .thenComparing(Route::prefix));
        return new RouteTable(List.copyOf(routes));
    }

    /** The route owning the path, if any. */
    public Optional<Route> routeFor(String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (Route route : longestFirst) {
            String prefix = route.prefix();
            if (path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/')) {
                return Optional.of(route);
            }
        }
        return Optional.empty();
    }

    /** All routes, longest prefix first. */
    public List<Route> routes() {
        return longestFirst;
    }

    private static String normalise(String raw) {
        String prefix = raw == null ? "" : raw.trim();
        while (prefix.endsWith("/")) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        if (!prefix.startsWith("/") || prefix.length() < 2 || prefix.contains("*") || prefix.contains("?")) {
            throw new IllegalArgumentException("route prefix must be a path like /api/v1/units, got '" + raw + "'");
        }
        return prefix;
    }
}
