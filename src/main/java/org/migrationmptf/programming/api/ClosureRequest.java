package org.migrationmptf.programming.api;

import jakarta.validation.constraints.NotNull;

/** Which closure to record. */
public record ClosureRequest(@NotNull(message = "is required") ClosureKind kind) {
}
