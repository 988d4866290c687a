package org.jixiao.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import java.util.Map;

/**
 * The signing key pair of every token a test mints: RSA-2048, generated once per JVM, so a service under test, the
 * gateway under test and the tokens all agree without any key file in the repository. A second pair exists only to
 * sign tokens that must be refused.
 */
public final class JwtKeys {

    /** The issuer of test tokens; the same as the dev issuer of deploy/local/token.sh. */
    public static final String ISSUER = "https://jixiao.local/dev";

    private static final KeyPair TRUSTED = generate();
    private static volatile KeyPair untrusted;
    private static volatile Path publicKeyFile;

    private JwtKeys() {
    }

    public static PublicKey publicKey() {
        return TRUSTED.getPublic();
    }

    public static PrivateKey privateKey() {
        return TRUSTED.getPrivate();
    }

    /** A private key nobody trusts: what an attacker signs with. */
    public static synchronized PrivateKey untrustedPrivateKey() {
        if (untrusted == null) {
            untrusted = generate();
        }
        return untrusted.getPrivate();
    }

    /** The public key as PEM ({@code -----BEGIN PUBLIC KEY-----}, X.509 SubjectPublicKeyInfo). */
    public static String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(publicKey().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    /** The public key as a PEM file (written once per JVM, deleted on exit), for configs that take a location. */
    public static synchronized Path publicKeyFile() {
        if (publicKeyFile == null) {
            try {
                Path file = Files.createTempFile("jixiao-jwt-public-", ".pem");
                Files.writeString(file, publicKeyPem(), StandardCharsets.US_ASCII);
                file.toFile().deleteOnExit();
                publicKeyFile = file;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the test public key", e);
            }
        }
        return publicKeyFile;
    }

    /**
     * What a Quarkus service with quarkus-smallrye-jwt needs to trust test tokens: the public key and the issuer.
     * Return it from a test resource's start() (see {@link JwtTestResource}).
     *
     * <p>The key is given as {@code mp.jwt.verify.publickey.location} (a file), not inline as
     * {@code mp.jwt.verify.publickey}: a service configures the location for production, and a test that set the
     * inline key on top would leave smallrye-jwt with two keys. Overriding the same property keeps one.
     */
    public static Map<String, String> quarkusConfig() {
        return Map.of(
                "mp.jwt.verify.publickey.location", "file:" + publicKeyFile().toAbsolutePath(),
                "mp.jwt.verify.issuer", ISSUER);
    }

    /** The public key inline (base64 DER, no PEM armour), for a service that configures no location at all. */
    public static Map<String, String> inlineQuarkusConfig() {
        return Map.of(
                "mp.jwt.verify.publickey", Base64.getEncoder().encodeToString(publicKey().getEncoded()),
                "mp.jwt.verify.issuer", ISSUER);
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is not available in this JVM", e);
        }
    }
}
