package org.jixiao.gateway.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.jixiao.gateway.support.DownstreamStubs;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(DownstreamStubs.class)
class DownstreamReadinessTest {

    @Test
    void notReadyWhileOneServiceIsDownAndNamesIt() {
        given().when().get("/q/health/ready")
                .then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'report' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'report' }.data.error", notNullValue())
                .body("checks.find { it.name == 'budget' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'indicator' }.status", equalTo("UP"))
                // scoring is slow only on its API: its readiness answers, so it is UP
                .body("checks.find { it.name == 'scoring' }.status", equalTo("UP"))
                .body("checks.name", hasItem("report"));
    }

    @Test
    void eachCheckShowsWhereItLooked() {
        given().when().get("/q/health/ready")
                .then()
                .body("checks.find { it.name == 'budget' }.data.url", startsWith("http://127.0.0.1:"));
    }
}
