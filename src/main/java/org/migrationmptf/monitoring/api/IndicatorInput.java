package org.migrationmptf.monitoring.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Set;

/**
 * An indicator of an output: its code (unique in the programme), title, unit, how it is measured, baseline (value
 * and year) and target (a number for numbers and percentages, words for qualitative ones), the dimensions its
 * actual values are broken down by, and the GCM objectives and SDG indicators it serves.
 */
public record IndicatorInput(
        @NotBlank(message = "is required") @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,19}", message = "must be 1 to 20 letters, digits, dots, dashes or underscores") String code,
        @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters") String title,
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String unit,
        @NotNull(message = "is required") Measure measure,
        @DecimalMin(value = "0", message = "cannot be negative") @Digits(integer = 15, fraction = 4, message = "has at most 15 digits and 4 decimal places") BigDecimal baseline,
        @Size(max = 1000, message = "must be at most 1000 characters") String baselineText,
        @Min(value = 1990, message = "must be a year from 1990") @Max(value = 2100, message = "must be a year until 2100") Integer baselineYear,
        @DecimalMin(value = "0", message = "cannot be negative") @Digits(integer = 15, fraction = 4, message = "has at most 15 digits and 4 decimal places") BigDecimal target,
        @Size(max = 1000, message = "must be at most 1000 characters") String targetText,
        @Size(max = 3, message = "has at most 3 dimensions") Set<@NotNull(message = "cannot be empty") Disaggregation> disaggregations,
        @Size(max = 23, message = "has at most 23 objectives") Set<@NotNull @Min(value = 1, message = "must be 1 to 23") @Max(value = 23, message = "must be 1 to 23") Integer> gcmObjectives,
        @Size(max = 10, message = "has at most 10 SDG indicators") Set<@NotBlank(message = "cannot be empty") @Size(max = 10, message = "must be an SDG indicator code, e.g. 10.7.2") String> sdgIndicators) {
}
