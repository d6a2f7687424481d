package org.migrationmptf.programming.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.migrationmptf.platform.money.MoneyInput;

/** An organisation's final expenditure on a programme, certified at closure, in the fund's reporting currency. */
public record FinalExpenditureRequest(
        @NotBlank(message = "is required") @Size(max = 20, message = "must be at most 20 characters") String organisation,
        @NotNull(message = "is required") @Valid MoneyInput amount) {
}
