package org.migrationmptf.programming.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.migrationmptf.platform.money.MoneyInput;

/** A tranche to transfer to one organisation of a programme, as a Steering Committee decision instructs. */
public record TrancheRequest(
        @NotBlank(message = "is required") @Size(max = 20, message = "must be at most 20 characters") String organisation,
        @NotNull(message = "is required") @Positive(message = "must be a decision id") Long decisionId,
        @NotNull(message = "is required") @Valid MoneyInput amount) {
}
