package org.migrationmptf.monitoring.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The FMU accepts a report or returns it; a returned report says what to change. */
public record ReviewDecision(
        @NotNull(message = "is required") Boolean accept,
        @Size(max = 4000, message = "must be at most 4000 characters") String comment) {
}
