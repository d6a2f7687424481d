package org.migrationmptf.programming.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a programme is suspended, resumed or cancelled. */
public record StatusChangeRequest(
        @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters") String reason) {
}
