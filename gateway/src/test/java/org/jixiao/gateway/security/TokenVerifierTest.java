package org.jixiao.gateway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Optional;
import org.jixiao.testsupport.JwtKeys;
import org.jixiao.testsupport.Tokens;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.junit.jupiter.api.Test;

class TokenVerifierTest {

    private static TokenVerifier verifier(String location) {
        return TokenVerifier.create(location, JwtKeys.ISSUER, Optional.empty(), Duration.ofSeconds(30),
                Duration.ofMinutes(10));
    }

    private static final TokenVerifier PEM = verifier(JwtKeys.publicKeyFile().toString());

    @Test
    void acceptsAValidTokenAndNamesItsSubject() {
        String token = Tokens.claims(Tokens.EVALUATOR, "1101", "agency-7").subject("zhang.san").sign();
        assertEquals(new TokenVerifier.Accepted("zhang.san"), PEM.verify("Bearer " + token));
        assertEquals(new TokenVerifier.Accepted("zhang.san"), PEM.verify("bearer " + token), "scheme is case-blind");
        assertFalse(PEM.mayBlock());
    }

    @Test
    void refusesEachKindOfBadToken() {
        assertRejected("The token has expired", Tokens.expired(Tokens.VIEWER, "11", null));
        assertRejected("The token signature is not valid", Tokens.signedWithOtherKey(Tokens.VIEWER, "11", null));
        assertRejected("The token signature is not valid",
                Tokens.withForgedRegion(Tokens.of(Tokens.VIEWER, "1101", null), "11"));
        assertRejected("The token is not a valid RS256-signed JWT", Tokens.unsigned(Tokens.VIEWER, "11", null));
        assertRejected("The token was not issued by the trusted issuer",
                Tokens.claims(Tokens.VIEWER, "11", null).issuer("https://jixiao.local/other").sign());
        assertRejected("The token was not issued by the trusted issuer",
                Tokens.claims(Tokens.VIEWER, "11", null).issuer(null).sign());
        assertEquals(new TokenVerifier.Rejected("A bearer token is required"), PEM.verify(null));
        assertEquals(new TokenVerifier.Rejected("A bearer token is required"), PEM.verify(" "));
        assertEquals(new TokenVerifier.Rejected("The Authorization header must be 'Bearer <token>'"),
                PEM.verify("Bearer"));
    }

    @Test
    void withAnAudienceConfiguredTokensMustNameIt() {
        TokenVerifier strict = TokenVerifier.create(JwtKeys.publicKeyFile().toString(), JwtKeys.ISSUER,
                Optional.of("jixiao"), Duration.ofSeconds(30), Duration.ofMinutes(10));
        assertEquals(new TokenVerifier.Rejected("The token is not meant for this API"),
                strict.verify("Bearer " + Tokens.of(Tokens.VIEWER, "11", null)));
    }

    @Test
    void readsAJwksFileAsWellAsPem() throws IOException {
        RsaJsonWebKey jwk = new RsaJsonWebKey((RSAPublicKey) JwtKeys.publicKey());
        Path jwks = Files.createTempFile("jwks", ".json");
        try {
            Files.writeString(jwks, new JsonWebKeySet(jwk).toJson());
            TokenVerifier fromJwks = verifier("file:" + jwks);
            assertTrue(fromJwks.verify("Bearer " + Tokens.of(Tokens.VIEWER, "11", null))
                    instanceof TokenVerifier.Accepted);
        } finally {
            Files.delete(jwks);
        }
    }

    @Test
    void aMissingKeyFileStopsStartupWithAHint() {
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> verifier("/nonexistent/public.pem"));
        assertTrue(missing.getMessage().contains("deploy/local/dev-keys.sh"), missing.getMessage());
    }

    @Test
    void aJwksUrlIsCheckedOffTheEventLoop() {
        assertTrue(verifier("https://idp.example/realms/jixiao/protocol/openid-connect/certs").mayBlock());
    }

    private static void assertRejected(String reason, String token) {
        assertEquals(new TokenVerifier.Rejected(reason), PEM.verify("Bearer " + token));
    }
}
