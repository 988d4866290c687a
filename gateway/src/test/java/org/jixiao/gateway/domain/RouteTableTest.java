package org.jixiao.gateway.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RouteTableTest {

    private final RouteTable table = RouteTable.of(Map.of(
            "budget", List.of("/api/v1/units", "/api/v1/regions", "/api/v1/budgets", "/api/v1/imports"),
            "indicator", List.of("/api/v1/frameworks", "/api/v1/declarations", "/api/v1/library"),
            "scoring", List.of("/api/v1/evaluations", "/api/v1/grade-schemes", "/api/v1/analytics"),
            "report", List.of("/api/v1/reports", "/api/v1/findings-rules")));

    @ParameterizedTest
    @CsvSource({
            "/api/v1/units, budget",
            "/api/v1/units/, budget",
            "/api/v1/units/110105001/children, budget",
            "/api/v1/budgets/110105001/2023/metrics, budget",
            "/api/v1/library, indicator",
            "/api/v1/grade-schemes/1, scoring",
            "/api/v1/findings-rules, report"})
    void findsTheOwningService(String path, String service) {
        assertEquals(Optional.of(service), table.routeFor(path).map(RouteTable.Route::service));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/unitsx", "/api/v1/unit", "/api/v1", "/api", "/", "", "/units", "/api/v2/units"})
    void findsNoOwnerOutsideThePrefixes(String path) {
        assertEquals(Optional.empty(), table.routeFor(path));
    }

    @Test
    void findsNoOwnerForNoPath() {
        assertEquals(Optional.empty(), table.routeFor(null));
    }

    @Test
    void longestPrefixWins() {
        RouteTable nested = RouteTable.of(Map.of(
                "budget", List.of("/api/v1/budgets"),
                "scoring", List.of("/api/v1/budgets/scores")));
        assertEquals("scoring", nested.routeFor("/api/v1/budgets/scores/3").orElseThrow().service());
        assertEquals("budget", nested.routeFor("/api/v1/budgets/scoresheet").orElseThrow().service());
        assertEquals("budget", nested.routeFor("/api/v1/budgets/7").orElseThrow().service());
    }

    @Test
    void trailingSlashesOfPrefixesAreIgnored() {
        RouteTable slashed = RouteTable.of(Map.of("budget", List.of("/api/v1/units/")));
        assertEquals("/api/v1/units", slashed.routes().get(0).prefix());
        assertTrue(slashed.routeFor("/api/v1/units/1").isPresent());
    }

    @Test
    void aPrefixHasOneOwner() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RouteTable.of(Map.of(
                "budget", List.of("/api/v1/units"), "indicator", List.of("/api/v1/units/"))));
        assertTrue(e.getMessage().contains("/api/v1/units"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "api/v1/units", "/api/v1/*", "/api?x=1"})
    void malformedPrefixesAreRefused(String prefix) {
        assertThrows(IllegalArgumentException.class, () -> RouteTable.of(Map.of("budget", List.of(prefix))));
    }

    @Test
    void everyMatchIsAWholeSegmentPrefixAndNoLongerPrefixMatches() {
        Random random = new Random(1);
        String[] segments = {"api", "v1", "units", "unitsx", "budgets", "reports", "library", "7", "", "grade-schemes"};
        for (int i = 0; i < 1_000; i++) {
            StringBuilder path = new StringBuilder();
            int depth = random.nextInt(6);
            for (int d = 0; d < depth; d++) {
                path.append('/').append(segments[random.nextInt(segments.length)]);
            }
            String p = path.toString();
            Optional<RouteTable.Route> found = table.routeFor(p);
            for (RouteTable.Route route : table.routes()) {
                boolean owns = p.equals(route.prefix()) || p.startsWith(route.prefix() + "/");
                if (found.isEmpty()) {
                    assertTrue(!owns, p + " should belong to " + route);
                } else if (owns) {
                    assertTrue(found.get().prefix().length() >= route.prefix().length(), p);
                }
            }
            found.ifPresent(route -> assertTrue(p.equals(route.prefix()) || p.startsWith(route.prefix() + "/"), p));
        }
    }
}
