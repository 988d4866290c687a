package org.jixiao.indicator.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jixiao.commons.problem.ProblemException;
import org.jixiao.commons.security.Caller;
import org.jixiao.commons.security.CallerScope;
import org.jixiao.commons.security.Roles;
import org.jixiao.indicator.repository.DeclarationEntity;
import org.jixiao.indicator.repository.FrameworkEntity;

/**
 * The scope rules of docs/security.md for frameworks and declarations, on top of the caller's verified token.
 * Objects the caller may not see answer exactly like missing ones (404); shared data the caller may read but not
 * change answers 403.
 */
@ApplicationScoped
public class IndicatorScope {
    static final String FRAMEWORK = "framework";
    static final String DECLARATION = "declaration";

    private final CallerScope scope;

    public IndicatorScope(CallerScope scope) {
        this.scope = scope;
    }

    public Caller caller() {
        return scope.caller();
    }

    /** The framework when the caller may use it (its owner region encloses or lies inside theirs, or national). */
    public FrameworkEntity readable(FrameworkEntity framework, Object id) {
        if (framework == null || !caller().canUse(framework.ownerRegion)) {
            throw ProblemException.notFound(FRAMEWORK, id);
        }
        return framework;
    }

    /**
     * The framework when the caller may change it: owned inside their region, or national and the caller national.
     * One they can read but not change (a province's, for a city's finance-admin) is 403.
     */
    public FrameworkEntity writable(FrameworkEntity framework, Object id) {
        readable(framework, id);
        if (!canWrite(framework.ownerRegion)) {
            throw forbidden("framework " + id + " belongs to region " + owner(framework.ownerRegion)
                    + ", outside the caller's write scope");
        }
        return framework;
    }

    /** Whether shared data owned by {@code ownerRegion} (null: national) lies in the caller's write scope. */
    public boolean canWrite(String ownerRegion) {
        return caller().canWrite(ownerRegion);
    }

    /** The owner region of what the caller creates: their own region, null (national) for a national caller. */
    public String ownRegionAsOwner() {
        String region = caller().region().orElseThrow(() -> ProblemException.notFound("region", "(none)"));
        return region.isEmpty() ? null : region;
    }

    /** The region prefix lists are limited to; empty: the caller sees nothing. */
    public Optional<String> regionPrefix() {
        return caller().region();
    }

    /**
     * The declaration when the caller may read it: inside their region, and for a unit reporter only their own
     * unit's. Evaluators read their region's declarations (indicator-service does not know assignments).
     */
    public DeclarationEntity readable(DeclarationEntity declaration, Object id) {
        if (declaration == null || !caller().canSee(declaration.regionCode)
                || ownUnitOnly().map(own -> !own.equals(declaration.unitCode)).orElse(false)) {
            throw ProblemException.notFound(DECLARATION, id);
        }
        return declaration;
    }

    /** The declaration when it is the caller's own unit's (unit reporters edit and submit only those); else 404. */
    public DeclarationEntity ownUnits(DeclarationEntity declaration, Object id) {
        readable(declaration, id);
        if (!caller().isOwnUnit(declaration.unitCode)) {
            throw ProblemException.notFound(DECLARATION, id);
        }
        return declaration;
    }

    /** For a caller who reads only their own unit (a unit reporter), that unit ("" when the token names none). */
    public Optional<String> ownUnitOnly() {
        Caller c = caller();
        if (c.hasAnyRole(Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.VIEWER)) {
            return Optional.empty();
        }
        return Optional.of(c.unit().orElse(""));
    }

    static String owner(String ownerRegion) {
        return ownerRegion == null ? "national" : ownerRegion;
    }

    static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, java.util.List.of());
    }
}
