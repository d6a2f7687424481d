package org.migrationmptf.programming.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A budget cell kept with a revision, on the side before or after it. */
@Embeddable
public record RevisionLine(@Column(nullable = false, length = 6) String side,
                           @Column(name = "organisation_id", nullable = false) long organisationId,
                           @Column(name = "category_code", nullable = false, length = 10) String category,
                           @Column(nullable = false, precision = 19, scale = 4) BigDecimal amount) {

    public static final String BEFORE = "BEFORE";
    public static final String AFTER = "AFTER";

    BudgetLine budgetLine() {
        return new BudgetLine(organisationId, category, amount);
    }
}
