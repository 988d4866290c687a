package org.jixiao.budget.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.jixiao.budget.domain.BudgetFigures;

/** The figures of one unit for one fiscal year, all in 元 with 2 decimals. */
@Entity
@Table(name = "budget")
public class BudgetEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "unit_code")
    public String unitCode;
    @Column(name = "fiscal_year")
    public int fiscalYear;
    @Column(name = "initial_budget")
    public BigDecimal initialBudget;
    @Column(name = "adjusted_budget")
    public BigDecimal adjustedBudget;
    @Column(name = "funds_received")
    public BigDecimal fundsReceived;
    @Column(name = "actual_expenditure")
    public BigDecimal actualExpenditure;
    @Column(name = "carry_over")
    public BigDecimal carryOver;
    @Column(name = "three_public_budget")
    public BigDecimal threePublicBudget;
    @Column(name = "three_public_actual")
    public BigDecimal threePublicActual;
    @Column(name = "procurement_budget")
    public BigDecimal procurementBudget;
    @Column(name = "procurement_actual")
    public BigDecimal procurementActual;
    @Column(name = "special_funds_total")
    public BigDecimal specialFundsTotal;
    @Column(name = "special_funds_detailed")
    public BigDecimal specialFundsDetailed;
    @Column(name = "final_accounts_expenditure")
    public BigDecimal finalAccountsExpenditure;
    @Column(name = "all_source_expenditure")
    public BigDecimal allSourceExpenditure;
    @Column(name = "authorised_posts")
    public Integer authorisedPosts;
    @Column(name = "staff_in_post")
    public Integer staffInPost;
    public int version;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public BudgetFigures figures() {
        return new BudgetFigures(initialBudget, adjustedBudget, fundsReceived, actualExpenditure, carryOver, threePublicBudget, threePublicActual, procurementBudget, procurementActual, specialFundsTotal, specialFundsDetailed, finalAccountsExpenditure, allSourceExpenditure, authorisedPosts, staffInPost);
    }

    public void apply(BudgetFigures f) {
        initialBudget = f.initialBudget();
        adjustedBudget = f.adjustedBudget();
        fundsReceived = f.fundsReceived();
        actualExpenditure = f.actualExpenditure();
        carryOver = f.carryOver();
        threePublicBudget = f.threePublicBudget();
        threePublicActual = f.threePublicActual();
        procurementBudget = f.procurementBudget();
        procurementActual = f.procurementActual();
        specialFundsTotal = f.specialFundsTotal();
        specialFundsDetailed = f.specialFundsDetailed();
        finalAccountsExpenditure = f.finalAccountsExpenditure();
        allSourceExpenditure = f.allSourceExpenditure();
        authorisedPosts = f.authorisedPosts();
        staffInPost = f.staffInPost();
    }
}
