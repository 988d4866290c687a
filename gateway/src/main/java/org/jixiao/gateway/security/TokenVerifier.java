package org.jixiao.gateway.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;

/**
 * Checks a bearer token the way every service checks it again: RS256 only (so {@code alg: none} and HMAC tricks
 * fail), signed by the configured key, issued by the configured issuer, with a subject and an expiry in the future.
 */
public final class TokenVerifier {

    /** The result of a check. */
    public sealed interface Verdict permits Accepted, Rejected {
    }

    /** A verified token; the subject identifies the client (e.g. for rate limits). */
    public record Accepted(String subject) implements Verdict {
    }

    /** Why a token was refused, in words fit for the caller (nothing secret). */
    public record Rejected(String reason) implements Verdict {
    }

    private static final String BEARER = "bearer ";
    private static final int MAX_AGE_UNCHECKED_SECONDS = 10 * 365 * 24 * 3600;

    private final JwtConsumer consumer;
    private final boolean mayBlock;

    private TokenVerifier(JwtConsumer consumer, boolean mayBlock) {
        this.consumer = consumer;
        this.mayBlock = mayBlock;
    }

    /**
     * @param location a PEM public key or JWKS file (path or {@code file:} URL), or an http(s) JWKS URL
     * @throws IllegalStateException when the key file is missing or unreadable, so the gateway does not start
     *         without a key
     */
    public static TokenVerifier create(String location, String issuer, Optional<String> audience, Duration clockSkew,
            Duration jwksCacheDuration) {
        JwtConsumerBuilder builder = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setRequireSubject()
                .setExpectedIssuer(true, issuer)
                .setAllowedClockSkewInSeconds((int) clockSkew.toSeconds())
                // a token "issued" in the future comes from a broken clock or a forger; age is exp's business
                .setIssuedAtRestrictions((int) clockSkew.toSeconds(), MAX_AGE_UNCHECKED_SECONDS)
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256);
        audience.ifPresentOrElse(builder::setExpectedAudience, builder::setSkipDefaultAudienceValidation);
        boolean remote = location.startsWith("https://") || location.startsWith("http://");
        if (remote) {
            HttpsJwks jwks = new HttpsJwks(location);
            jwks.setDefaultCacheDuration(jwksCacheDuration.toSeconds());
            builder.setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(jwks));
        } else {
            String content = read(location);
            if (content.trim().startsWith("{")) {
                builder.setVerificationKeyResolver(new JwksVerificationKeyResolver(jwks(content, location)));
            } else {
                builder.setVerificationKey(pem(content, location));
            }
        }
        return new TokenVerifier(builder.build(), remote);
    }

    /** True when a check may fetch keys over the network, so it must not run on an event loop. */
    public boolean mayBlock() {
        return mayBlock;
    }

    /** Checks the value of an Authorization header (null when there is none). */
    public Verdict verify(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return new Rejected("A bearer token is required");
        }
        if (authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return new Rejected("The Authorization header must be 'Bearer <token>'");
        }
        String token = authorization.substring(BEARER.length()).trim();
        try {
            JwtContext context = consumer.process(token);
            return new Accepted(context.getJwtClaims().getSubject());
        } catch (InvalidJwtException e) {
            return new Rejected(reason(e));
        } catch (MalformedClaimException e) {
            return new Rejected("The token has a malformed claim");
        }
    }

    private static String reason(InvalidJwtException e) {
        if (e.hasExpired()) {
            return "The token has expired";
        }
        if (e.hasErrorCode(ErrorCodes.SIGNATURE_INVALID)) {
            return "The token signature is not valid";
        }
        if (e.hasErrorCode(ErrorCodes.ISSUER_INVALID) || e.hasErrorCode(ErrorCodes.ISSUER_MISSING)) {
            return "The token was not issued by the trusted issuer";
        }
        if (e.hasErrorCode(ErrorCodes.SUBJECT_MISSING)) {
            return "The token has no subject";
        }
        if (e.hasErrorCode(ErrorCodes.EXPIRATION_MISSING)) {
            return "The token has no expiry";
        }
        if (e.hasErrorCode(ErrorCodes.AUDIENCE_INVALID) || e.hasErrorCode(ErrorCodes.AUDIENCE_MISSING)) {
            return "The token is not meant for this API";
        }
        if (e.hasErrorCode(ErrorCodes.NOT_YET_VALID) || e.hasErrorCode(ErrorCodes.ISSUED_AT_INVALID_FUTURE)) {
            return "The token is not valid yet";
        }
        // alg none, HMAC, unknown kid, garbage: one answer, the caller needs no more to fix it
        return "The token is not a valid RS256-signed JWT";
    }

    private static String read(String location) {
        String path = location.startsWith("file:") ? location.substring("file:".length()) : location;
        try {
            return Files.readString(Path.of(path), StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("No JWT public key at " + Path.of(path).toAbsolutePath()
                    + ": run deploy/local/dev-keys.sh, or set JWT_PUBLIC_KEY_LOCATION "
                    + "(jixiao.gateway.jwt.public-key-location) to the identity provider's JWKS URL", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JWT public key at " + path, e);
        }
    }

    private static PublicKey pem(String content, String location) {
        String base64 = content.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(
                    Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The JWT public key at " + location
                    + " is not an RSA public key in PEM (-----BEGIN PUBLIC KEY-----)", e);
        }
    }

    private static java.util.List<org.jose4j.jwk.JsonWebKey> jwks(String content, String location) {
        try {
            return new JsonWebKeySet(content).getJsonWebKeys();
        } catch (JoseException e) {
            throw new IllegalStateException("The JWKS at " + location + " cannot be read", e);
        }
    }
}
