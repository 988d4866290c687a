package org.jixiao.budget.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class BudgetRepository implements PanacheRepositoryBase<BudgetEntity, Long> {

    public Optional<BudgetEntity> findByUnitAndYear(String unitCode, int fiscalYear) {
        return find("unitCode = ?1 and fiscalYear = ?2", unitCode, fiscalYear).firstResultOptional();
    }
}
