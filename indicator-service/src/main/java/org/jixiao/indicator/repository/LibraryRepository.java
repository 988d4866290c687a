package org.jixiao.indicator.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jixiao.commons.api.Page;

@ApplicationScoped
public class LibraryRepository implements PanacheRepositoryBase<LibraryIndicatorEntity, UUID> {

    /** Inserts the indicator or, when an identical one is known, counts one more use of it. */
    public void upsert(LibraryIndicatorEntity e) {
        getEntityManager().createNativeQuery("""
                insert into library_indicator (id, definition_key, name, category, sub_category, direction, target,
                    measure_unit, scoring_method, definition, source_kind, source_id, source_label, usage_count,
                    first_published_at)
                values (:id, :key, :name, :category, :subCategory, :direction, :target, :measureUnit, :method,
                    cast(:definition as jsonb), :sourceKind, :sourceId, :sourceLabel, 1, :at)
                on conflict (definition_key) do update set usage_count = library_indicator.usage_count + 1
                """)
                .setParameter("id", e.id).setParameter("key", e.definitionKey).setParameter("name", e.name)
                .setParameter("category", e.category).setParameter("subCategory", e.subCategory)
                .setParameter("direction", e.direction).setParameter("target", e.target)
                .setParameter("measureUnit", e.measureUnit).setParameter("method", e.scoringMethod)
                .setParameter("definition", e.definition).setParameter("sourceKind", e.sourceKind)
                .setParameter("sourceId", e.sourceId).setParameter("sourceLabel", e.sourceLabel)
                .setParameter("at", e.firstPublishedAt)
                .executeUpdate();
    }

    public void countUse(UUID id) {
        update("usageCount = usageCount + 1 where id = ?1", id);
    }

    /** {@code namePattern} is a LIKE pattern with {@code \} as escape; served by the pg_trgm index for 3+ characters; most used first. */
    public Page<LibraryIndicatorEntity> search(String namePattern, String category, String subCategory, int page,
            int size) {
        List<String> clauses = new ArrayList<>();
        Parameters params = new Parameters();
        if (namePattern != null) {
            clauses.add("name like :pattern escape '\\'");
            params.and("pattern", namePattern);
        }
        if (category != null) {
            clauses.add("category = :category");
            params.and("category", category);
        }
        if (subCategory != null) {
            clauses.add("subCategory = :subCategory");
            params.and("subCategory", subCategory);
        }
        Sort sort = Sort.by("usageCount", Sort.Direction.Descending).and("name").and("id");
        var query = clauses.isEmpty() ? findAll(sort) : find(String.join(" and ", clauses), sort, params);
        return new Page<>(query.page(page, size).list(), page, size, query.count());
    }
}
