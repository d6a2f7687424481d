package org.migrationmptf.programming.api;

import java.time.LocalDate;
import java.util.Set;
import org.migrationmptf.platform.money.MoneyView;

/** A call for concept notes. */
public record CallView(long id, String fund, String title, LocalDate opensOn, LocalDate closesOn, CallStatus status,
                       Set<Scope> scopes, Set<Integer> thematicAreas, MoneyView budgetCeiling, int maxDurationMonths,
                       long version) {
}
