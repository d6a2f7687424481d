package org.migrationmptf.programming.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One cell of a budget matrix: an organisation, a UNSDG category code (ISC for indirect support costs), an amount. */
@Embeddable
public record BudgetLine(@Column(name = "organisation_id", nullable = false) long organisationId,
                         @Column(name = "category_code", nullable = false, length = 10) String category,
                         @Column(nullable = false, precision = 19, scale = 4) BigDecimal amount) {

    public static final String INDIRECT = "ISC";

    public boolean indirect() {
        return INDIRECT.equals(category);
    }
}
