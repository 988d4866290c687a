package org.jixiao.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The tokens a service must answer 401 to, each with the name a parameterized test shows, as a parameter source of
 * {@code (kind, token)} cases. Always: {@code missing} (no token), {@code expired}, {@code signed with another key}
 * and {@code alg none}, all with the claims of {@code role} at {@code region}; the rest on request, in call order.
 *
 * <pre>{@code
 * static Stream<Arguments> refusedTokens() {
 *     return RefusedTokens.of(Tokens.FINANCE_ADMIN, "1101", null).forgedRegion("12").wrongIssuer().cases();
 * }
 * }</pre>
 *
 * Send them with {@link DirectCalls#send}, which bypasses REST Assured's default token, and check each answer with
 * {@link DirectCalls#assertUnauthenticated}.
 */
public final class RefusedTokens {
    private final String role;
    private final String region;
    private final String unit;
    private final List<Arguments> cases = new ArrayList<>();

    private RefusedTokens(String role, String region, String unit) {
        this.role = role;
        this.region = region;
        this.unit = unit;
        cases.add(Arguments.of("missing", null));
        cases.add(Arguments.of("expired", Tokens.expired(role, region, unit)));
        cases.add(Arguments.of("signed with another key", Tokens.signedWithOtherKey(role, region, unit)));
        cases.add(Arguments.of("alg none", Tokens.unsigned(role, region, unit)));
    }

    /** The four kinds every service refuses, with the claims of {@code role} at {@code region} (and {@code unit}). */
    public static RefusedTokens of(String role, String region, String unit) {
        return new RefusedTokens(role, region, unit);
    }

    /** Adds {@code forged region}: a valid token whose region claim now says {@code forged}, its signature kept. */
    public RefusedTokens forgedRegion(String forged) {
        cases.add(Arguments.of("forged region", Tokens.withForgedRegion(Tokens.of(role, region, unit), forged)));
        return this;
    }

    /** Adds {@code wrong issuer}: signed with the trusted key, but issued by someone else. */
    public RefusedTokens wrongIssuer() {
        String token = Tokens.claims(role, region, unit).issuer("https://evil.example").sign();
        cases.add(Arguments.of("wrong issuer", token));
        return this;
    }

    /** Adds {@code not a JWT}: a bearer value that is not a token at all. */
    public RefusedTokens notAJwt() {
        cases.add(Arguments.of("not a JWT", "not-a-token"));
        return this;
    }

    /** The {@code (kind, token)} cases, in the order they were added; the token of {@code missing} is null. */
    public Stream<Arguments> cases() {
        return List.copyOf(cases).stream();
    }
}
