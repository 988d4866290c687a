package org.jixiao.scoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.jixiao.commons.problem.ProblemException;
import org.jixiao.commons.security.Caller;
import org.jixiao.commons.security.CallerScope;
import org.jixiao.commons.security.Roles;
import org.jixiao.scoring.domain.EvaluationType;
import org.jixiao.scoring.repository.EvaluationEntity;

/**
 * The scope rules of docs/security.md for evaluations, analytics and grade schemes. Finance-admins and viewers see
 * their region; an evaluator sees only the evaluations assigned to their agency (the token's unit claim equals
 * {@code evaluatorAgency}); a unit reporter only their own unit's. An evaluation outside that scope answers exactly like
 * a missing one (404); one the caller may read but not change answers 403.
 */
@ApplicationScoped
public class ScoringScope {
    static final String EVALUATION = "evaluation";

    private final CallerScope scope;

    public ScoringScope(CallerScope scope) {
        this.scope = scope;
    }

    public Caller caller() {
        return scope.caller();
    }

    /** The caller's filter; empty when they see nothing (no or malformed region claim). */
    public Optional<Caller.EvaluationVisibility> filter() {
        return caller().evaluationVisibility();
    }

    /** The evaluation when the caller may read it; otherwise 404, word for word the answer for a missing id. */
    public EvaluationEntity readable(EvaluationEntity e, Object id) {
        if (e == null || !canRead(e)) {
            throw ProblemException.notFound(EVALUATION, id);
        }
        return e;
    }

    private boolean canRead(EvaluationEntity e) {
        return caller().canReadEvaluation(e.regionCode, e.evaluatorAgency, e.unitCode);
    }

    /**
     * The evaluation when the caller may enter its inputs (scores, surveys, self-reported scores) or submit it: a
     * finance-admin of its region (when {@code financeAdminMay}), the assigned agency's evaluator, or the unit's
     * own reporter for a SELF evaluation. Readable but not writable (a reporter and the finance evaluation of their
     * unit) is 403.
     */
    public EvaluationEntity fillable(EvaluationEntity e, Object id, boolean financeAdminMay) {
        readable(e, id);
        Caller c = caller();
        boolean may = financeAdminMay && c.hasRole(Roles.FINANCE_ADMIN)
                || c.hasRole(Roles.EVALUATOR) && c.isOwnUnit(e.evaluatorAgency)
                || c.hasRole(Roles.UNIT_REPORTER) && c.isOwnUnit(e.unitCode) && e.type == EvaluationType.SELF;
        if (!may) {
            throw forbidden("the caller's role may not change evaluation " + id);
        }
        return e;
    }

    /** The evaluation when a finance-admin of its region may manage it (return, approve, finalize, reopen …). */
    public EvaluationEntity manageable(EvaluationEntity e, Object id) {
        readable(e, id);
        if (!caller().hasRole(Roles.FINANCE_ADMIN)) {
            throw forbidden("only a finance-admin may do this to evaluation " + id);
        }
        return e;
    }

    /** Whether shared data owned by {@code ownerRegion} (null: national) is usable by the caller. */
    public boolean canUse(String ownerRegion) {
        return caller().canUse(ownerRegion);
    }

    /** Whether shared data owned by {@code ownerRegion} (null: national) lies in the caller's write scope. */
    public boolean canWrite(String ownerRegion) {
        return caller().canWrite(ownerRegion);
    }

    /** The owner region of shared data the caller creates: their region, null (national) for a national caller. */
    public String ownRegionAsOwner() {
        String region = caller().region().orElseThrow(() -> ProblemException.notFound("region", "(none)"));
        return region.isEmpty() ? null : region;
    }

    static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, List.of());
    }
}
