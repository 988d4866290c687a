package org.jixiao.scoring.repository;

import org.jixiao.commons.security.Caller;
import org.jixiao.commons.api.Page;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.jixiao.scoring.domain.ScoredNode;
import org.jixiao.scoring.service.ScoringScope;

@ApplicationScoped
public class EvaluationRepository implements PanacheRepositoryBase<EvaluationEntity, UUID> {

    /** A page of the evaluations under {@code regionPrefix} that the caller's {@code scope} lets them see, with their count. */
    public Page<EvaluationEntity> page(String regionPrefix, Integer fiscalYear, Caller.EvaluationVisibility scope, int page,
            int size) {
        StringBuilder where = new StringBuilder("regionCode like :region and regionCode like :scope");
        Parameters params = Parameters.with("region", regionPrefix + "%").and("scope", scope.regionPrefix() + "%");
        if (fiscalYear != null) {
            where.append(" and fiscalYear = :year");
            params.and("year", fiscalYear);
        }
        if (scope.agency() != null) {
            where.append(" and evaluatorAgency = :agency");
            params.and("agency", scope.agency());
        }
        if (scope.unit() != null) {
            where.append(" and unitCode = :unit");
            params.and("unit", scope.unit());
        }
        var query = find(where.toString(), Sort.by("fiscalYear").descending().and("unitCode").and("revision"), params);
        return new Page<>(query.page(page, size).list(), page, size, query.count());
    }

    public int nextRevision(String unitCode, int fiscalYear, org.jixiao.scoring.domain.EvaluationType type) {
        Integer max = getEntityManager().createQuery("select max(e.revision) from EvaluationEntity e "
                + "where e.unitCode = :u and e.fiscalYear = :y and e.type = :t", Integer.class)
                .setParameter("u", unitCode).setParameter("y", fiscalYear).setParameter("t", type).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /** Marks every open evaluation of a unit-year stale: its budget snapshot no longer matches the budget service. */
    public int markStale(String unitCode, int fiscalYear) {
        return update("snapshotStale = true where unitCode = ?1 and fiscalYear = ?2 and status <> ?3",
                unitCode, fiscalYear, org.jixiao.scoring.domain.EvaluationStatus.FINALIZED);
    }

    /** One row per scored leaf of a finalized evaluation, for the dashboards' SQL aggregation. */
    public void recordLeafScores(UUID evaluationId, List<ScoredNode> nodes) {
        for (ScoredNode n : nodes) {
            if (n.children().isEmpty()) {
                getEntityManager().createNativeQuery("insert into evaluation_leaf_score "
                        + "(evaluation_id, leaf_code, leaf_name, weight, score) values (?1, ?2, ?3, ?4, ?5)")
                        .setParameter(1, evaluationId).setParameter(2, n.code())
                        .setParameter(3, n.name() == null ? n.code() : n.name())
                        .setParameter(4, n.weight()).setParameter(5, n.score())
                        .executeUpdate();
            } else {
                recordLeafScores(evaluationId, n.children());
            }
        }
    }

    public long countInRegionYear(String regionPrefix, int fiscalYear) {
        return count("regionCode like ?1 and fiscalYear = ?2", regionPrefix + "%", fiscalYear);
    }
}
