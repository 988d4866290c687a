package org.jixiao.indicator.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class FrameworkRepository implements PanacheRepositoryBase<FrameworkEntity, UUID> {

    public int nextVersion(String code) {
        Integer max = getEntityManager()
                .createQuery("select max(f.version) from FrameworkEntity f where f.code = :code", Integer.class)
                .setParameter("code", code).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    public List<FrameworkEntity> page(String code, int page, int size) {
        var query = code == null ? findAll(Sort.by("code").and("version")) : find("code", Sort.by("version"), code);
        return query.page(page, size).list();
    }
}
