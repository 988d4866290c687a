package org.jixiao.indicator.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jixiao.commons.api.Page;

@ApplicationScoped
public class DeclarationRepository implements PanacheRepositoryBase<DeclarationEntity, UUID> {

    public boolean exists(String unitCode, int fiscalYear) {
        return count("unitCode = ?1 and fiscalYear = ?2", unitCode, fiscalYear) > 0;
    }

    /** Declarations under {@code scopePrefix} (the caller's region), only {@code onlyUnit}'s when not null; newest year first, then by unit. */
    public Page<DeclarationEntity> page(String unitCode, Integer fiscalYear, DeclarationEntity.Status status,
            String scopePrefix, String onlyUnit, int page, int size) {
        List<String> clauses = new ArrayList<>();
        Parameters params = new Parameters();
        clauses.add("regionCode like :scope");
        params.and("scope", scopePrefix + "%");
        if (onlyUnit != null) {
            clauses.add("unitCode = :onlyUnit");
            params.and("onlyUnit", onlyUnit);
        }
        if (unitCode != null) {
            clauses.add("unitCode = :unitCode");
            params.and("unitCode", unitCode);
        }
        if (fiscalYear != null) {
            clauses.add("fiscalYear = :fiscalYear");
            params.and("fiscalYear", fiscalYear);
        }
        if (status != null) {
            clauses.add("status = :status");
            params.and("status", status);
        }
        Sort sort = Sort.by("fiscalYear", Sort.Direction.Descending).and("unitCode").and("id");
        var query = clauses.isEmpty() ? findAll(sort) : find(String.join(" and ", clauses), sort, params);
        return new Page<>(query.page(page, size).list(), page, size, query.count());
    }
}
