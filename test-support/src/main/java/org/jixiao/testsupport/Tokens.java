package org.jixiao.testsupport;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Bearer tokens for tests, shaped like the ones the identity provider (and deploy/local/token.sh) issues:
 * RS256, claims {@code iss sub upn groups region unit iat exp jti}. Valid ones are signed with {@link JwtKeys}; the
 * factory methods below also make each kind of token that must be refused.
 *
 * <pre>{@code given().auth().oauth2(Tokens.of("finance-admin", "1101", null)) ...}</pre>
 */
public final class Tokens {

    public static final String FINANCE_ADMIN = "finance-admin";
    public static final String EVALUATOR = "evaluator";
    public static final String DISTRICT_SYSTEM = "district-system";
    public static final String UNIT_REPORTER = "unit-reporter";
    public static final String VIEWER = "viewer";

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder BASE64URL_DECODER = Base64.getUrlDecoder();

    private Tokens() {
    }

    /** A valid token for one hour; {@code region} and {@code unit} may be null to leave the claim out. */
    public static String of(String role, String region, String unit) {
        return claims(role, region, unit).sign();
    }

    /**
     * Makes every REST Assured request of this JVM carry {@code token} unless it sets its own Authorization header:
     * tests about other things then need not carry tokens, and security tests still send theirs.
     */
    public static void sendByDefault(String token) {
        String header = "Bearer " + token;
        io.restassured.RestAssured.filters((request, response, context) -> {
            if (!request.getHeaders().hasHeaderWithName("Authorization")) {
                request.header("Authorization", header);
            }
            return context.next(request, response);
        });
    }

    /** Signed correctly but expired an hour ago. */
    public static String expired(String role, String region, String unit) {
        Instant now = Instant.now();
        return claims(role, region, unit).issuedAt(now.minus(Duration.ofHours(2))).expiresAt(now.minus(Duration.ofHours(1)))
                .sign();
    }

    /** Well-formed but signed with a key nobody trusts. */
    public static String signedWithOtherKey(String role, String region, String unit) {
        return claims(role, region, unit).signWith(JwtKeys.untrustedPrivateKey());
    }

    /** {@code alg: none} with an empty signature (RFC 7519 "unsecured JWT"). */
    public static String unsigned(String role, String region, String unit) {
        return claims(role, region, unit).unsigned();
    }

    /**
     * The valid {@code token} with its {@code region} claim replaced and the original signature kept: what a caller
     * trying to widen their scope would send.
     */
    public static String withForgedRegion(String token, String region) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a compact JWS: " + token);
        }
        String payload = new String(BASE64URL_DECODER.decode(parts[1]), StandardCharsets.UTF_8);
        String forged = payload.replaceFirst("\"region\":\"[^\"]*\"", "\"region\":" + quote(region));
        if (forged.equals(payload)) {
            throw new IllegalArgumentException("the token has no region claim to forge");
        }
        return parts[0] + "." + encode(forged) + "." + parts[2];
    }

    /** A builder preset to a valid one-hour token; change what a test needs, then {@link Claims#sign()}. */
    public static Claims claims(String role, String region, String unit) {
        Instant now = Instant.now();
        List<String> groups = role == null ? List.of() : List.of(role);
        String subject = (role == null ? "nobody" : role) + "@" + (region == null ? "nowhere" : region)
                + (unit == null ? "" : "/" + unit);
        return new Claims(JwtKeys.ISSUER, subject, groups, region, unit, now, now.plus(Duration.ofHours(1)),
                UUID.randomUUID().toString());
    }

    /** The claims of a token to mint. Immutable: each {@code withX} returns a changed copy. */
    public record Claims(String issuer, String subject, List<String> groups, String region, String unit,
            Instant issuedAt, Instant expiresAt, String tokenId) {

        public Claims {
            groups = List.copyOf(groups);
        }

        public Claims issuer(String value) {
            return new Claims(value, subject, groups, region, unit, issuedAt, expiresAt, tokenId);
        }

        public Claims subject(String value) {
            return new Claims(issuer, value, groups, region, unit, issuedAt, expiresAt, tokenId);
        }

        public Claims groups(String... values) {
            return new Claims(issuer, subject, List.of(values), region, unit, issuedAt, expiresAt, tokenId);
        }

        public Claims region(String value) {
            return new Claims(issuer, subject, groups, value, unit, issuedAt, expiresAt, tokenId);
        }

        public Claims unit(String value) {
            return new Claims(issuer, subject, groups, region, value, issuedAt, expiresAt, tokenId);
        }

        public Claims issuedAt(Instant value) {
            return new Claims(issuer, subject, groups, region, unit, value, expiresAt, tokenId);
        }

        public Claims expiresAt(Instant value) {
            return new Claims(issuer, subject, groups, region, unit, issuedAt, value, tokenId);
        }

        /** Signed RS256 with the trusted test key. */
        public String sign() {
            return signWith(JwtKeys.privateKey());
        }

        public String signWith(PrivateKey key) {
            String signingInput = encode("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + encode(json());
            try {
                Signature rsa = Signature.getInstance("SHA256withRSA");
                rsa.initSign(key);
                rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
                return signingInput + "." + BASE64URL.encodeToString(rsa.sign());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot sign a test token", e);
            }
        }

        public String unsigned() {
            return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + encode(json()) + ".";
        }

        /** The payload as JSON; claims that are null (or empty groups) are left out. */
        public String json() {
            List<String> members = new ArrayList<>();
            add(members, "iss", issuer);
            add(members, "sub", subject);
            add(members, "upn", subject);
            if (!groups.isEmpty()) {
                members.add("\"groups\":[" + String.join(",", groups.stream().map(Tokens::quote).toList()) + "]");
            }
            add(members, "region", region);
            add(members, "unit", unit);
            if (issuedAt != null) {
                members.add("\"iat\":" + issuedAt.getEpochSecond());
            }
            if (expiresAt != null) {
                members.add("\"exp\":" + expiresAt.getEpochSecond());
            }
            add(members, "jti", tokenId);
            return "{" + String.join(",", members) + "}";
        }

        private static void add(List<String> members, String name, String value) {
            if (value != null) {
                members.add(quote(name) + ":" + quote(value));
            }
        }
    }

    private static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
