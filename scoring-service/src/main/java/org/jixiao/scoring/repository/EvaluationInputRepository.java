package org.jixiao.scoring.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class EvaluationInputRepository implements PanacheRepositoryBase<EvaluationInputEntity, EvaluationInputEntity.Key> {

    public List<EvaluationInputEntity> of(UUID evaluationId) {
        return list("key.evaluationId", evaluationId);
    }
}
