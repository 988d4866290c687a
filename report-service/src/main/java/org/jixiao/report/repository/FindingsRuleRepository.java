package org.jixiao.report.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class FindingsRuleRepository implements PanacheRepositoryBase<FindingsRuleEntity, String> {

    public List<FindingsRuleEntity> allInOrder() {
        return listAll(Sort.by("createdAt").and("id"));
    }
}
