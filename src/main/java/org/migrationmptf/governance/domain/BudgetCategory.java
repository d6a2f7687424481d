package org.migrationmptf.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A UNSDG harmonised budget category. Programme budgets and expenditure reports are broken down by these; the
 * one category that is not direct (indirect support costs) is capped as a share of an organisation's direct costs.
 */
@Entity
@Table(name = "budget_category", schema = "governance")
@NamedQuery(name = "BudgetCategory.findAll", query = "select c from BudgetCategory c order by c.sortOrder")
public class BudgetCategory {

    @Id
    @Column(length = 10)
    private String code;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private boolean direct;

    protected BudgetCategory() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isDirect() {
        return direct;
    }
}
