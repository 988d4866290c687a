package org.jixiao.budget.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** 单位基本情况 of one unit for one fiscal year. */
@Entity
@Table(name = "unit_profile")
public class UnitProfileEntity extends PanacheEntityBase {
    @EmbeddedId
    public Key id;
    @Column(name = "internal_departments", columnDefinition = "text[]")
    public String[] internalDepartments;
    @Column(name = "affiliated_institutions", columnDefinition = "text[]")
    public String[] affiliatedInstitutions;
    @Column(name = "authorised_posts")
    public Integer authorisedPosts;
    @Column(name = "staff_in_post")
    public Integer staffInPost;
    @Column(columnDefinition = "text[]")
    public String[] responsibilities;
    public int version;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        @Column(name = "unit_code")
        public String unitCode;
        @Column(name = "fiscal_year")
        public int fiscalYear;

        public Key() {
        }

        public Key(String unitCode, int fiscalYear) {
            this.unitCode = unitCode;
            this.fiscalYear = fiscalYear;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.fiscalYear == fiscalYear && Objects.equals(k.unitCode, unitCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(unitCode, fiscalYear);
        }
    }
}
