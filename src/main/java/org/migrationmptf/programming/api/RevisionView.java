package org.migrationmptf.programming.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A revision and its history: what was asked and why, the budget and end date as they were before and after
 * (the "after" of a request is what it asks for), who decided, on which decision, and why a refusal.
 */
public record RevisionView(long id, long programmeId, RevisionKind kind, RevisionStatus status, String justification,
                           BudgetView budgetBefore, BudgetView budgetAfter, LocalDate endsOnBefore,
                           LocalDate endsOnAfter, Long decisionId, String refusalReason, String requestedBy,
                           Instant requestedAt, String decidedBy, Instant decidedAt) {
}
