package org.migrationmptf.monitoring.api;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * The actual value of an indicator in a period: for {@code TOTAL} or one category (e.g. {@code SEX:FEMALE}); a number
 * for numbers and percentages, words for qualitative indicators.
 */
public record ActualInput(
        @NotBlank(message = "is required") @Size(max = 20, message = "must be at most 20 characters") String indicator,
        @Size(max = 40, message = "must be at most 40 characters") String disaggregation,
        @Digits(integer = 15, fraction = 4, message = "has at most 15 digits and 4 decimal places") BigDecimal value,
        @Size(max = 2000, message = "must be at most 2000 characters") String text) {
}
