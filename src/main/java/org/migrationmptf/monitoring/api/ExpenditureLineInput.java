package org.migrationmptf.monitoring.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Expenditure in one UNSDG budget category (1 to 7, or ISC), in the fund's reporting currency. */
public record ExpenditureLineInput(
        @NotBlank(message = "is required") @Size(max = 10, message = "must be at most 10 characters") String category,
        @NotNull(message = "is required") @DecimalMin(value = "0", message = "cannot be negative")
        @Digits(integer = 15, fraction = 2, message = "has at most 15 digits and 2 decimal places") BigDecimal amount) {
}
