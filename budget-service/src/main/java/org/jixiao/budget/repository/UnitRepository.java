package org.jixiao.budget.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class UnitRepository implements PanacheRepositoryBase<UnitEntity, String> {

    /**
     * Units whose region code starts with {@code regionPrefix} (a region's whole subtree) and with the caller's
     * {@code scopePrefix}; only {@code onlyUnit} when it is not null (a unit reporter).
     */
    public List<UnitEntity> inRegion(String regionPrefix, String scopePrefix, String onlyUnit, int page, int size) {
        return find(WHERE + (onlyUnit == null ? "" : " and code = ?3"), Sort.by("regionCode").and("code"),
                params(regionPrefix, scopePrefix, onlyUnit)).page(Page.of(page, size)).list();
    }

    public long countInRegion(String regionPrefix, String scopePrefix, String onlyUnit) {
        return count(WHERE + (onlyUnit == null ? "" : " and code = ?3"), params(regionPrefix, scopePrefix, onlyUnit));
    }

    private static final String WHERE = "regionCode like ?1 and regionCode like ?2";

    private static Object[] params(String regionPrefix, String scopePrefix, String onlyUnit) {
        return onlyUnit == null ? new Object[] {regionPrefix + "%", scopePrefix + "%"}
                : new Object[] {regionPrefix + "%", scopePrefix + "%", onlyUnit};
    }
}
