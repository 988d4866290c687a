package org.jixiao.report.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<ReportEntity, UUID> {

    public Optional<ReportEntity> forRevision(UUID evaluationId, int revision) {
        return find("evaluationId = ?1 and revision = ?2", evaluationId, revision).firstResultOptional();
    }

    /**
     * Reports matching every given filter (null: any), newest fiscal year first, inside the caller's scope: their
     * region prefix, and for an evaluator their agency, for a unit reporter their unit (null: not narrowed).
     */
    public PanacheQuery<ReportEntity> search(UUID evaluationId, String unitCode, String regionPrefix, Integer year,
            String scopePrefix, String scopeAgency, String scopeUnit) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        where.add("regionCode like :scope");
        params.and("scope", scopePrefix + "%");
        if (scopeAgency != null) {
            where.add("evaluatorAgency = :agency");
            params.and("agency", scopeAgency);
        }
        if (scopeUnit != null) {
            where.add("unitCode = :scopeUnit");
            params.and("scopeUnit", scopeUnit);
        }
        if (evaluationId != null) {
            where.add("evaluationId = :evaluationId");
            params.and("evaluationId", evaluationId);
        }
        if (unitCode != null) {
            where.add("unitCode = :unitCode");
            params.and("unitCode", unitCode);
        }
        if (regionPrefix != null) {
            where.add("regionCode like :region");
            params.and("region", regionPrefix + "%");
        }
        if (year != null) {
            where.add("fiscalYear = :year");
            params.and("year", year);
        }
        Sort sort = Sort.by("fiscalYear").descending().and("unitCode").and("evaluationId").and("revision");
        return find(String.join(" and ", where), sort, params);
    }

    /** Serialises generation of one evaluation revision across threads and instances, until the transaction ends. */
    public void lockRevision(UUID evaluationId, int revision) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", evaluationId + "#" + revision).getSingleResult();
    }

    public boolean alreadyProcessed(String eventId, String consumer) {
        return !getEntityManager().createNativeQuery(
                "select 1 from processed_event where event_id = :id and consumer = :consumer")
                .setParameter("id", eventId).setParameter("consumer", consumer).getResultList().isEmpty();
    }
}
