package org.jixiao.indicator.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.jixiao.commons.api.Page;

@ApplicationScoped
public class FrameworkRepository implements PanacheRepositoryBase<FrameworkEntity, UUID> {

    public int nextVersion(String code) {
        Integer max = getEntityManager()
                .createQuery("select max(f.version) from FrameworkEntity f where f.code = :code", Integer.class)
                .setParameter("code", code).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /** The newest version of {@code code}, or null. */
    public FrameworkEntity latest(String code) {
        return find("code", Sort.by("version").descending(), code).firstResult();
    }

    /**
     * Versions usable by a caller of region {@code scopePrefix} (see Caller#canUse): national ones, those of their
     * region or an enclosing one, and those of regions inside theirs; by code then version.
     */
    public Page<FrameworkEntity> page(String code, String scopePrefix, int page, int size) {
        String usable = "(ownerRegion is null or ownerRegion like :inside or :region like concat(ownerRegion, '%'))";
        Parameters params = Parameters.with("inside", scopePrefix + "%").and("region", scopePrefix);
        var query = code == null ? find(usable, Sort.by("code").and("version"), params)
                : find("code = :code and " + usable, Sort.by("version"), params.and("code", code));
        return new Page<>(query.page(page, size).list(), page, size, query.count());
    }
}
