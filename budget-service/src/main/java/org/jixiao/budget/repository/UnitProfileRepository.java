package org.jixiao.budget.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class UnitProfileRepository implements PanacheRepositoryBase<UnitProfileEntity, UnitProfileEntity.Key> {

    public UnitProfileEntity find(String unitCode, int fiscalYear) {
        return findById(new UnitProfileEntity.Key(unitCode, fiscalYear));
    }
}
