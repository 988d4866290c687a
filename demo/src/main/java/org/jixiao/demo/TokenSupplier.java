package org.jixiao.demo;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Bearer tokens for the actors of the demo. A null or blank token means the request goes without an
 * {@code Authorization} header (a suite that does not check tokens yet).
 */
@FunctionalInterface
public interface TokenSupplier {

    /** The token for this actor, or null / blank for none. */
    String token(Actor actor);

    /** No tokens at all. */
    static TokenSupplier none() {
        return actor -> null;
    }

    /** One token per role, whatever the region (a map without the role means no header). */
    static TokenSupplier byRole(Map<String, String> tokensByRole) {
        Map<String, String> copy = Map.copyOf(tokensByRole);
        return actor -> copy.get(actor.role());
    }

    /** Tokens from a function of the role alone. */
    static TokenSupplier ofRole(Function<String, String> tokenForRole) {
        Objects.requireNonNull(tokenForRole, "tokenForRole");
        return actor -> tokenForRole.apply(actor.role());
    }
}
