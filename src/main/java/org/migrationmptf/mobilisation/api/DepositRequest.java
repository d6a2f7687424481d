package org.migrationmptf.mobilisation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.migrationmptf.platform.money.MoneyInput;

/**
 * Money received against an agreement (and, optionally, one of its instalments): the amount in the agreement's
 * currency, the day it was credited, and the exchange rate to the fund's reporting currency (1 for USD to USD).
 */
public record DepositRequest(
        @NotNull(message = "is required") Long agreementId,
        Long instalmentId,
        @NotNull(message = "is required") @PastOrPresent(message = "cannot be in the future") LocalDate valueDate,
        @NotNull(message = "is required") @Valid MoneyInput amount,
        @NotNull(message = "is required") @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
        @Digits(integer = 10, fraction = 8, message = "has at most 10 digits before the point and 8 after it") BigDecimal exchangeRate) {
}
