package org.migrationmptf.mobilisation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.migrationmptf.platform.money.MoneyInput;

/** Transfers committed money to one organisation for one programme, as a decision instructs. */
public record TransferRequest(
        @NotNull(message = "is required") @Positive(message = "must be a programme id") Long programmeId,
        @NotBlank(message = "is required") String organisation,
        @NotNull(message = "is required") @Positive(message = "must be a decision id") Long decisionId,
        @NotNull(message = "is required") @Valid MoneyInput amount) {
}
