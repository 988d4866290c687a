package org.jixiao.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jixiao.budget.repository.UnitEntity;
import org.jixiao.budget.repository.UnitRepository;
import org.jixiao.commons.problem.ProblemException;
import org.jixiao.commons.security.CallerScope;
import org.jixiao.commons.security.Roles;

/**
 * Which units the caller of the current request may see (docs/security.md): those inside their region, and for a
 * unit reporter only their own unit. A unit outside that scope answers exactly like a unit that does not exist, so
 * its code cannot be probed. Every budget, profile and history path goes through the unit first.
 */
@ApplicationScoped
public class UnitScope {
    static final String UNIT = "unit";

    private final CallerScope caller;
    private final UnitRepository units;

    public UnitScope(CallerScope caller, UnitRepository units) {
        this.caller = caller;
        this.units = units;
    }

    /** Roles that read every unit of their region; a unit reporter reads only their own unit. */
    public static final String[] READ_REGION_WIDE = {Roles.FINANCE_ADMIN, Roles.EVALUATOR, Roles.DISTRICT_SYSTEM,
            Roles.VIEWER};
    /** Roles that change units, profiles and budgets anywhere in their region. */
    public static final String[] WRITE_REGION_WIDE = {Roles.FINANCE_ADMIN, Roles.DISTRICT_SYSTEM};

    /** The unit, when it exists and the caller may read it; otherwise 404 "unit … does not exist". */
    public UnitEntity visibleUnit(String code) {
        return unitInScope(code, READ_REGION_WIDE);
    }

    /**
     * The unit, when it exists and the caller may change it: inside their region for the roles of
     * {@link #WRITE_REGION_WIDE}, their own unit for a unit reporter; otherwise the same 404.
     */
    public UnitEntity writableUnit(String code) {
        return unitInScope(code, WRITE_REGION_WIDE);
    }

    private UnitEntity unitInScope(String code, String[] regionWide) {
        UnitEntity unit = units.findById(code);
        if (unit == null || !caller.canSee(unit.regionCode)
                || !ownUnitOnly(regionWide).map(own -> own.equals(unit.code)).orElse(true)) {
            throw ProblemException.notFound(UNIT, code);
        }
        return unit;
    }

    /** The caller's token subject, as the budget history records who made a change; null without a token. */
    public String callerSubject() {
        return caller.caller().subject();
    }

    /** 404 (as for a missing region) when a unit would be registered in a region the caller cannot see. */
    public void requireVisibleRegion(String regionCode) {
        caller.requireVisible(regionCode, "region", regionCode);
    }

    /**
     * The region prefix lists and aggregates are limited to; empty when the caller sees nothing (no or malformed
     * region claim), in which case they answer with no rows.
     */
    public Optional<String> regionPrefix() {
        return caller.regionPrefix();
    }

    /**
     * For a unit reporter the only unit code they may read (an empty string when their token names no unit, which
     * matches none); empty for the roles that read their whole region.
     */
    public Optional<String> ownUnitOnly() {
        return ownUnitOnly(READ_REGION_WIDE);
    }

    private Optional<String> ownUnitOnly(String[] regionWide) {
        if (caller.caller().hasAnyRole(regionWide)) {
            return Optional.empty();
        }
        return Optional.of(caller.unit().orElse(""));
    }
}
