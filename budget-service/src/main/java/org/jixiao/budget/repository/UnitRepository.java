package org.jixiao.budget.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class UnitRepository implements PanacheRepositoryBase<UnitEntity, String> {

    /** Units whose region code starts with {@code regionPrefix}: a region's whole subtree. */
    public List<UnitEntity> inRegion(String regionPrefix, int page, int size) {
        return find("regionCode like ?1", Sort.by("regionCode").and("code"), regionPrefix + "%")
                .page(Page.of(page, size)).list();
    }

    public long countInRegion(String regionPrefix) {
        return count("regionCode like ?1", regionPrefix + "%");
    }
}
