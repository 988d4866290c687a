package org.jixiao.report.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class EnteredFindingRepository implements PanacheRepositoryBase<EnteredFindingEntity, UUID> {

    public List<EnteredFindingEntity> of(UUID reportId) {
        return list("reportId", Sort.by("createdAt").and("id"), reportId);
    }
}
