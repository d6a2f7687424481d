package org.migrationmptf.monitoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** The actual value of an indicator in a progress report, for the total or one category. */
@Embeddable
public record ActualValue(@Column(name = "indicator_id", nullable = false) long indicatorId,
                          @Column(nullable = false, length = 40) String disaggregation,
                          @Column(name = "actual_value", precision = 19, scale = 4) BigDecimal value,
                          @Column(name = "actual_text", length = 2000) String text) {
}
