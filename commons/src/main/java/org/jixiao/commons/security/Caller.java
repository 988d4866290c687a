package org.jixiao.commons.security;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who is calling, as the verified token says: subject, roles, the GB/T 2260 region prefix they may see and change,
 * and (for unit reporters and evaluators) the unit or agency they belong to. Plain Java so the scope rules can be
 * tested without a container; {@link CallerScope} builds it from the request's identity.
 *
 * <p>Scope fails closed: no region claim, or one that is not a code prefix, means the caller sees nothing.
 */
public record Caller(String subject, Set<String> roles, Optional<String> region, Optional<String> unit) {

    /** Two to twelve digits: a province (2), city (4), county (6) prefix, or a longer unit-code prefix. */
    private static final Pattern REGION_PREFIX = Pattern.compile("\\d{2,12}");

    /**
     * The region claim of a national body (财政部, or a platform operator): it sees every region, as the empty
     * prefix. An empty or malformed claim still sees nothing.
     */
    public static final String NATIONAL = "CN";

    /** Nobody: what a request without a verified token is. */
    public static final Caller ANONYMOUS = new Caller(null, Set.of(), Optional.empty(), Optional.empty());

    public Caller {
        roles = Set.copyOf(roles);
        region = region.map(String::trim)
                .filter(r -> r.equals(NATIONAL) || REGION_PREFIX.matcher(r).matches())
                .map(r -> r.equals(NATIONAL) ? "" : r);
        unit = unit.map(String::trim).filter(u -> !u.isEmpty());
    }

    public static Caller of(String subject, Set<String> roles, String region, String unit) {
        return new Caller(subject, roles, Optional.ofNullable(region), Optional.ofNullable(unit));
    }

    public boolean isAnonymous() {
        return subject == null;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... candidates) {
        return Arrays.stream(candidates).anyMatch(roles::contains);
    }

    /**
     * Whether a region code (or a unit code, which starts with its region's code) lies inside the caller's region:
     * a plain prefix match, so "1101" sees "110105" and "110105001" but not "1102" or "11".
     */
    public boolean canSee(String regionCode) {
        return regionCode != null && region.isPresent() && regionCode.startsWith(region.get());
    }

    /**
     * Whether the caller may use shared reference data (frameworks, grade schemes, findings rules) owned by a
     * region: data of an enclosing bureau applies to its districts ("11" serves a "1101" caller), data of a
     * narrower one is simply inside the caller's region, and data without an owner region is national.
     */
    public boolean canUse(String ownerRegionCode) {
        if (region.isEmpty()) {
            return false;
        }
        return ownerRegionCode == null || region.get().startsWith(ownerRegionCode) || canSee(ownerRegionCode);
    }

    /**
     * Whether the caller may change shared reference data owned by a region: data owned inside their region, or
     * national data (no owner region) when the caller is national. An enclosing bureau's data is used, not changed.
     */
    public boolean canWrite(String ownerRegionCode) {
        return ownerRegionCode == null ? region.filter(String::isEmpty).isPresent() : canSee(ownerRegionCode);
    }

    /** Whether the caller belongs to exactly this unit (or, for an evaluator, this agency). */
    public boolean isOwnUnit(String unitCode) {
        return unitCode != null && unit.isPresent() && unit.get().equals(unitCode);
    }

    /**
     * What the caller sees of evaluations and of the reports made from them: finance-admins and viewers everything in
     * their region; evaluators only what is assigned to their agency; unit reporters only their own unit's. A caller
     * without a usable region claim sees nothing (empty).
     */
    public Optional<EvaluationVisibility> evaluationVisibility() {
        if (region.isEmpty()) {
            return Optional.empty();
        }
        if (hasAnyRole(Roles.FINANCE_ADMIN, Roles.VIEWER)) {
            return Optional.of(new EvaluationVisibility(region.get(), null, null));
        }
        if (hasRole(Roles.EVALUATOR)) {
            // no unit claim: an agency code nobody has, so the evaluator sees nothing
            return Optional.of(new EvaluationVisibility(region.get(), unit.orElse(""), null));
        }
        return Optional.of(new EvaluationVisibility(region.get(), null, unit.orElse("")));
    }

    /** Whether the caller may read an evaluation (or its report) of this region, agency and unit. */
    public boolean canReadEvaluation(String regionCode, String evaluatorAgency, String unitCode) {
        if (!canSee(regionCode)) {
            return false;
        }
        return hasAnyRole(Roles.FINANCE_ADMIN, Roles.VIEWER)
                || hasRole(Roles.EVALUATOR) && isOwnUnit(evaluatorAgency)
                || hasRole(Roles.UNIT_REPORTER) && isOwnUnit(unitCode);
    }

    /**
     * The list filter of {@link #evaluationVisibility()}: a region prefix, narrowed to an agency (evaluators) or a unit
     * (unit reporters) when not null.
     */
    public record EvaluationVisibility(String regionPrefix, String agency, String unit) {
    }
}
