package org.jixiao.budget.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

@Entity
@Table(name = "unit")
public class UnitEntity extends PanacheEntityBase {
    @Id
    public String code;
    public String name;
    public String type;
    @Column(name = "region_code")
    public String regionCode;
    @Column(name = "parent_code")
    public String parentCode;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
