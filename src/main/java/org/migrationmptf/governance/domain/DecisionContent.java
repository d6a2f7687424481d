package org.migrationmptf.governance.domain;

import java.time.LocalDate;
import java.util.Set;
import org.migrationmptf.governance.api.DecisionType;
import org.migrationmptf.platform.money.Money;

/** What a decision says: recorded once, revised until the minutes are approved. */
public record DecisionContent(DecisionType type, String title, String text, LocalDate effectiveOn, Money amount,
                              Set<DecisionSubject> subjects) {
}
