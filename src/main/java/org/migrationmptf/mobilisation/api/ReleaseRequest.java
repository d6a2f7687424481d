package org.migrationmptf.mobilisation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.migrationmptf.platform.money.MoneyInput;

/**
 * Gives back to the pools money committed to a programme and never to be transferred: a budget revision that
 * lowers it, a cancellation, or the remainder at financial closure. {@code decisionId} names the decision, when one
 * took it.
 */
public record ReleaseRequest(
        @NotNull(message = "is required") @Positive(message = "must be a programme id") Long programmeId,
        @Positive(message = "must be a decision id") Long decisionId,
        @NotNull(message = "is required") @Valid MoneyInput amount,
        @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") String reason) {
}
