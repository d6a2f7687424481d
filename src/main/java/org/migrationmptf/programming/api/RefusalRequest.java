package org.migrationmptf.programming.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a request is refused, in words the requester will read. */
public record RefusalRequest(
        @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters") String reason) {
}
