package org.migrationmptf.programming.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.migrationmptf.platform.money.MoneyInput;

/**
 * An organisation's final expenditure on a programme, certified at closure, in the fund's reporting currency.
 * Zero is a valid figure: an organisation may have spent nothing and return everything.
 */
public record FinalExpenditureRequest(
        @NotBlank(message = "is required") @Size(max = 20, message = "must be at most 20 characters") String organisation,
        @NotNull(message = "is required") @Valid Spent amount) {

    /** The amount spent and its ISO 4217 currency. */
    public record Spent(
            @NotNull(message = "is required") @DecimalMin(value = "0", message = "cannot be negative")
            @Digits(integer = 15, fraction = 4, message = "has at most 15 digits and 4 decimal places") BigDecimal amount,
            @NotNull(message = "is required") @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code, e.g. USD")
            String currency) {

        public MoneyInput input() {
            return new MoneyInput(amount, currency);
        }
    }
}
