package org.migrationmptf.programming.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** The Steering Committee decision an act rests on. */
public record DecisionReference(@NotNull(message = "is required") @Positive(message = "must be a decision id") Long decisionId) {
}
