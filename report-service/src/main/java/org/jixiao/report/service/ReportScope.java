package org.jixiao.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.jixiao.commons.problem.ProblemException;
import org.jixiao.commons.security.Caller;
import org.jixiao.commons.security.CallerScope;
import org.jixiao.commons.security.Roles;
import org.jixiao.report.repository.ReportEntity;

/**
 * The scope rules of docs/security.md for reports and findings rules. Finance-admins and viewers see the reports of
 * their region; an evaluator only those of evaluations assigned to their agency (token {@code unit} claim equals the
 * report's {@code evaluatorAgency}); a unit reporter only their own unit's. A report outside that scope answers exactly
 * like a missing one (404). Findings rules are shared reference data with an owner region, like grade schemes.
 *
 * <p>Only called on request paths: the Kafka consumer makes reports with the service token and no caller.
 */
@ApplicationScoped
public class ReportScope {
    static final String REPORT = "report";
    static final String RULE = "findings rule";

    private final CallerScope scope;

    public ReportScope(CallerScope scope) {
        this.scope = scope;
    }

    public Caller caller() {
        return scope.caller();
    }

    /** The caller's filter; empty when they see nothing (no or malformed region claim). */
    public Optional<Caller.EvaluationVisibility> filter() {
        return caller().evaluationVisibility();
    }

    /** The report when the caller may read it; otherwise 404, word for word the answer for a missing id. */
    public ReportEntity readable(ReportEntity report, Object id) {
        if (report == null || !canRead(report)) {
            throw ProblemException.notFound(REPORT, id);
        }
        return report;
    }

    private boolean canRead(ReportEntity r) {
        return caller().canReadEvaluation(r.regionCode, r.evaluatorAgency, r.unitCode);
    }

    /** The report when a finance-admin of its region may regenerate it; readable but not theirs to change: 403. */
    public ReportEntity regenerable(ReportEntity report, Object id) {
        readable(report, id);
        if (!caller().hasRole(Roles.FINANCE_ADMIN)) {
            throw forbidden("only a finance-admin may regenerate report " + id);
        }
        return report;
    }

    /** The report when the caller may add a finding: a finance-admin of its region or the assigned agency's evaluator. */
    public ReportEntity annotatable(ReportEntity report, Object id) {
        readable(report, id);
        Caller c = caller();
        if (!(c.hasRole(Roles.FINANCE_ADMIN) || c.hasRole(Roles.EVALUATOR) && c.isOwnUnit(report.evaluatorAgency))) {
            throw forbidden("the caller's role may not add findings to report " + id);
        }
        return report;
    }

    /** Whether the caller may see an evaluation of this region (generating a report on request). */
    public boolean canSee(String regionCode) {
        return caller().canSee(regionCode);
    }

    /** Whether shared data owned by {@code ownerRegion} (null: national) is usable by the caller. */
    public boolean canUse(String ownerRegion) {
        return caller().canUse(ownerRegion);
    }

    /** Whether shared data owned by {@code ownerRegion} (null: national) lies in the caller's write scope. */
    public boolean canWrite(String ownerRegion) {
        return caller().canWrite(ownerRegion);
    }

    /** The owner region of shared data the caller stores: their region, null (national) for a national caller. */
    public String ownRegionAsOwner() {
        String region = caller().region().orElseThrow(() -> forbidden("a token without a region claim changes nothing"));
        return region.isEmpty() ? null : region;
    }

    static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, List.of());
    }
}
