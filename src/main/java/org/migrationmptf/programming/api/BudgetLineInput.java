package org.migrationmptf.programming.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * One cell of a programme budget: an organisation (acronym), a UNSDG budget category code (1 to 7, or ISC for
 * indirect support costs) and the amount in the fund's reporting currency.
 */
public record BudgetLineInput(
        @NotBlank(message = "is required") @Size(max = 20, message = "must be at most 20 characters") String organisation,
        @NotBlank(message = "is required") @Size(max = 10, message = "must be at most 10 characters") String category,
        @NotNull(message = "is required") @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
        @Digits(integer = 15, fraction = 2, message = "has at most 15 digits and 2 decimal places") BigDecimal amount) {
}
