package org.jixiao.gateway.web;

import static org.jixiao.gateway.support.Auth.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import org.jixiao.gateway.support.DownstreamStubs;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(DownstreamStubs.class)
class RequestIdHandlerTest {

    @Test
    void createsAnIdWhenNoneIsSentAndForwardsIt() {
        Response response = given().when().get("/api/v1/units");
        assertEquals(200, response.statusCode());
        String returned = response.header("X-Request-Id");
        assertEquals(returned, UUID.fromString(returned).toString(), "a UUID was created");
        assertEquals(returned, response.jsonPath().getString("requestId"), "the service saw the same id");
        assertEquals(1, response.headers().getValues("X-Request-Id").size(), "the service's own id was replaced");
    }

    @Test
    void passesAValidIdThrough() {
        String id = "district-7.call:0042_A";
        Response response = given().header("X-Request-Id", id).when().get("/api/v1/frameworks");
        assertEquals(id, response.header("X-Request-Id"));
        assertEquals(id, response.jsonPath().getString("requestId"));
        assertEquals(1, response.headers().getValues("X-Request-Id").size());
    }

    @Test
    void replacesAnUnsafeId() {
        String unsafe = "evil\" injected=1";
        Response response = given().header("X-Request-Id", unsafe).when().get("/api/v1/units");
        String returned = response.header("X-Request-Id");
        assertNotEquals(unsafe, returned);
        UUID.fromString(returned);
        assertEquals(returned, response.jsonPath().getString("requestId"));
    }

    @Test
    void replacesAnOverlongId() {
        String overlong = "a".repeat(129);
        Response response = given().header("X-Request-Id", overlong).when().get("/api/v1/units");
        assertEquals(36, response.header("X-Request-Id").length());
    }

    @Test
    void gatewayOwnAnswersCarryTheIdToo() {
        String fresh = given().when().get("/api/v1/nowhere").header("X-Request-Id");
        assertTrue(fresh != null && fresh.length() == 36, "404 problem carries a created id");
        assertEquals("h-1", given().header("X-Request-Id", "h-1").when().get("/q/health/live")
                .header("X-Request-Id"));
    }
}
