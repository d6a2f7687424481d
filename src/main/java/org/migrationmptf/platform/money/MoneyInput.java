package org.migrationmptf.platform.money;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/** An amount as a caller sends it: a decimal (string or number) and an ISO 4217 currency code. */
public record MoneyInput(
        @NotNull(message = "is required") @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
        @Digits(integer = 15, fraction = 4, message = "has at most 15 digits and 4 decimal places") BigDecimal amount,
        @NotNull(message = "is required") @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code, e.g. USD")
        String currency) {

    /** @throws IllegalArgumentException when the currency is not an ISO 4217 code */
    public Money toMoney() {
        return Money.of(amount, Money.currency(currency));
    }
}
