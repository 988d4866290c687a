package org.jixiao.gateway.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void gatewayProblemsUseTheProjectTypeBaseAndTheirHttpStatus() {
        Problem notFound = Problem.notFound("/api/v1/x", "r1");
        Problem badGateway = Problem.badGateway("report", "/api/v1/reports", "r2");
        Problem timeout = Problem.gatewayTimeout("scoring", 500, "/api/v1/evaluations", null);
        Problem unnormalised = Problem.unnormalisedPath("/api/v1/units/../x", "r3");
        assertEquals(new Problem("https://jixiao.org/problems/not-found", "Not Found", 404,
                "No service answers /api/v1/x", "/api/v1/x", "r1"), notFound);
        assertEquals(502, badGateway.status());
        assertEquals("https://jixiao.org/problems/bad-gateway", badGateway.type());
        assertTrue(badGateway.detail().contains("report"));
        assertEquals(504, timeout.status());
        assertEquals("https://jixiao.org/problems/gateway-timeout", timeout.type());
        assertTrue(timeout.detail().contains("scoring") && timeout.detail().contains("500 ms"));
        assertEquals(400, unnormalised.status());
        assertEquals("/api/v1/units/../x", unnormalised.instance());
    }
}
