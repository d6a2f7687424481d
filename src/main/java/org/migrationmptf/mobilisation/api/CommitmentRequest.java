package org.migrationmptf.mobilisation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.migrationmptf.platform.money.MoneyInput;

/**
 * Commits money to a joint programme on the Steering Committee's approve-allocation decision. {@code pools} are
 * the earmark pools the programme may draw from, in the order to draw (earmarked ones first, then UNEARMARKED).
 */
public record CommitmentRequest(
        @NotNull(message = "is required") @Positive(message = "must be a programme id") Long programmeId,
        @NotNull(message = "is required") @Positive(message = "must be a decision id") Long decisionId,
        @NotNull(message = "is required") @Valid MoneyInput amount,
        @NotEmpty(message = "name at least one pool") @Size(max = 20, message = "has at most 20 pools")
        List<@NotNull(message = "cannot be empty") String> pools) {
}
