package org.jixiao.commons.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jixiao.commons.problem.ProblemException;

/**
 * The caller of the current request, from the token Quarkus verified, with the checks every endpoint needs:
 * <ul>
 * <li>{@link #requireRole} — a caller without the role gets 403 (401 when there is no caller at all);</li>
 * <li>{@link #requireVisible} — an object outside the caller's region answers 404, word for word the answer for an
 * object that does not exist, so ids cannot be probed;</li>
 * <li>{@link #visible} / {@link #regionPrefix()} — list and analytics endpoints keep only what is in scope.</li>
 * </ul>
 * Region and unit come from the token's {@code region} and {@code unit} claims, or from identity attributes of the
 * same names (which is how {@code @TestSecurity(attributes = ...)} provides them).
 */
@RequestScoped
public class CallerScope {

    public static final String REGION_CLAIM = "region";
    public static final String UNIT_CLAIM = "unit";

    @Inject
    SecurityIdentity identity;

    private Caller caller;

    /** The caller as a value; {@link Caller#ANONYMOUS} when the request carries no verified token. */
    public Caller caller() {
        if (caller == null) {
            caller = from(identity);
        }
        return caller;
    }

    public Set<String> roles() {
        return caller().roles();
    }

    /** The region prefix the caller may see; empty means they see nothing. */
    public Optional<String> regionPrefix() {
        return caller().region();
    }

    public Optional<String> unit() {
        return caller().unit();
    }

    public boolean hasRole(String role) {
        return caller().hasRole(role);
    }

    public boolean canSee(String regionCode) {
        return caller().canSee(regionCode);
    }

    /**
     * Passes when the caller has one of the roles.
     *
     * @throws ProblemException 401 when there is no verified caller, 403 when the caller has none of the roles
     */
    public void requireRole(String... roles) {
        Caller current = caller();
        if (current.isAnonymous()) {
            throw unauthorized();
        }
        if (!current.hasAnyRole(roles)) {
            throw new ProblemException(403, "forbidden", "Forbidden",
                    "This action needs one of the roles " + String.join(", ", roles), List.of());
        }
    }

    /**
     * Passes when the object's region (or unit code) is inside the caller's region.
     *
     * @param what the kind of object, as in {@link ProblemException#notFound}, e.g. "Unit"
     * @throws ProblemException 404, identical to the answer for a missing object
     */
    public void requireVisible(String regionCode, String what, Object id) {
        if (!caller().canSee(regionCode)) {
            throw ProblemException.notFound(what, id);
        }
    }

    /** Passes when the caller may use reference data owned by this region (see {@link Caller#canUse}); else 404. */
    public void requireUsable(String ownerRegionCode, String what, Object id) {
        if (!caller().canUse(ownerRegionCode)) {
            throw ProblemException.notFound(what, id);
        }
    }

    /**
     * Passes when the object belongs to the caller's own unit (for evaluators: their agency). An object of another
     * unit is out of the caller's scope, so this too answers 404.
     */
    public void requireOwnUnit(String unitCode, String what, Object id) {
        if (!caller().isOwnUnit(unitCode)) {
            throw ProblemException.notFound(what, id);
        }
    }

    /** The items whose region the caller can see, in their order: for list and analytics endpoints. */
    public <T> List<T> visible(Collection<T> items, Function<T, String> regionOf) {
        Caller current = caller();
        return items.stream().filter(item -> current.canSee(regionOf.apply(item))).toList();
    }

    static ProblemException unauthorized() {
        return new ProblemException(401, "unauthorized", "Unauthorized",
                "A valid bearer token is required", List.of());
    }

    static Caller from(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return Caller.ANONYMOUS;
        }
        JsonWebToken jwt = identity.getPrincipal() instanceof JsonWebToken token ? token : null;
        String subject = jwt != null && jwt.getSubject() != null ? jwt.getSubject() : identity.getPrincipal().getName();
        return Caller.of(subject, identity.getRoles(), claim(identity, jwt, REGION_CLAIM),
                claim(identity, jwt, UNIT_CLAIM));
    }

    private static String claim(SecurityIdentity identity, JsonWebToken jwt, String name) {
        Object value = jwt == null ? null : jwt.getClaim(name);
        if (value == null) {
            value = identity.getAttribute(name);
        }
        if (value instanceof jakarta.json.JsonString json) {
            return json.getString();
        }
        // a number or array is not a region or unit code; refusing it keeps scope closed
        return value instanceof String text ? text : null;
    }
}
