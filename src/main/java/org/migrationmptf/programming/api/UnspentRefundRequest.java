package org.migrationmptf.programming.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.migrationmptf.platform.money.MoneyInput;

/** Unspent money an organisation returned for a programme, as the Administrative Agent received it. */
public record UnspentRefundRequest(
        @NotBlank(message = "is required") @Size(max = 20, message = "must be at most 20 characters") String organisation,
        @NotNull(message = "is required") @PastOrPresent(message = "cannot be in the future") LocalDate valueDate,
        @NotNull(message = "is required") @Valid MoneyInput amount) {
}
