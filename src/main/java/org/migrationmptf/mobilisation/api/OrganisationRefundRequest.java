package org.migrationmptf.mobilisation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.migrationmptf.platform.money.MoneyInput;

/**
 * Unspent money an organisation returns to the fund for a programme, into the earmark pool it came from (left out:
 * into the pools the organisation received the programme's money from).
 */
public record OrganisationRefundRequest(
        @NotNull(message = "is required") @Positive(message = "must be a programme id") Long programmeId,
        @NotBlank(message = "is required") String organisation,
        @NotNull(message = "is required") @PastOrPresent(message = "cannot be in the future") LocalDate valueDate,
        @NotNull(message = "is required") @Valid MoneyInput amount,
        @Size(max = 60, message = "must be at most 60 characters") String pool) {
}
