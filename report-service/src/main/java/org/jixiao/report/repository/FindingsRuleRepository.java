package org.jixiao.report.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class FindingsRuleRepository implements PanacheRepositoryBase<FindingsRuleEntity, String> {

    public List<FindingsRuleEntity> allInOrder() {
        return listAll(Sort.by("createdAt").and("id"));
    }

    /**
     * The stored rules a caller of this region may use: national ones, those of an enclosing region and those of a
     * region inside theirs; the empty prefix (a national caller) uses all.
     */
    public List<FindingsRuleEntity> usableBy(String region) {
        return list("ownerRegion is null or ownerRegion like :inside or :region like concat(ownerRegion, '%')",
                Sort.by("createdAt").and("id"), Parameters.with("inside", region + "%").and("region", region));
    }

    /** The stored rules that apply to a report of this region: national ones and those of enclosing regions. */
    public List<FindingsRuleEntity> applyingTo(String regionCode) {
        if (regionCode == null) {
            return list("ownerRegion is null", Sort.by("createdAt").and("id"));
        }
        return list("ownerRegion is null or :region like concat(ownerRegion, '%')", Sort.by("createdAt").and("id"),
                Parameters.with("region", regionCode));
    }
}
