package org.jixiao.gateway.support;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.jixiao.testsupport.Tokens;

/**
 * Requests with a valid token. Each token has a subject of its own, so tests that are not about rate limits never
 * share a bucket (the test profile's limit is low enough for RateLimitTest to reach).
 */
public final class Auth {

    private Auth() {
    }

    /** {@code RestAssured.given()} with a valid bearer token. */
    public static RequestSpecification given() {
        return RestAssured.given().auth().oauth2(token());
    }

    /** A valid viewer token of region 1101 with a fresh subject. */
    public static String token() {
        return Tokens.claims(Tokens.VIEWER, "1101", null).subject("gateway-test-" + UUID.randomUUID()).sign();
    }
}
