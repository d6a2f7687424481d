package org.migrationmptf.governance.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A fund's name and parameters, as the Fund Management Unit sets them. Amounts are in the reporting currency. */
public record FundParametersRequest(
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
        @NotNull(message = "is required") @DecimalMin(value = "0", message = "cannot be negative")
        @DecimalMax(value = "0.10", message = "must be at most 0.10 (10%)")
        @Digits(integer = 1, fraction = 6, message = "is a fraction such as 0.07 for 7%, with at most 6 decimal places") BigDecimal administrativeAgentFeeRate,
        @NotNull(message = "is required") @DecimalMin(value = "0", message = "cannot be negative")
        @DecimalMax(value = "0.20", message = "must be at most 0.20 (20%)")
        @Digits(integer = 1, fraction = 6, message = "is a fraction such as 0.07 for 7%, with at most 6 decimal places") BigDecimal indirectCostCapRate,
        @NotNull(message = "is required") @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
        @Digits(integer = 15, fraction = 2, message = "has at most 15 digits and 2 decimal places") BigDecimal mobilisationTarget,
        @NotNull(message = "is required") @DecimalMin(value = "0", message = "cannot be negative")
        @Digits(integer = 15, fraction = 2, message = "has at most 15 digits and 2 decimal places") BigDecimal operatingReserve,
        @NotNull(message = "is required") @Pattern(regexp = "(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])", message = "must be a month and day, MM-DD")
        String expenditureReportDue,
        @NotNull(message = "is required") @Pattern(regexp = "(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])", message = "must be a month and day, MM-DD")
        String progressReportDue,
        @NotNull(message = "is required") ProgressReporting progressReporting,
        @Min(value = 1, message = "must be at least 1") @Max(value = 20, message = "must be at most 20") int minimumOrganisations,
        @NotNull(message = "is required") @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
        @Digits(integer = 15, fraction = 2, message = "has at most 15 digits and 2 decimal places") BigDecimal conceptNoteBudgetCeiling,
        @Min(value = 1, message = "must be at least 1") @Max(value = 120, message = "must be at most 120") int conceptNoteMaxDurationMonths,
        @Min(value = 1, message = "must be at least 1") @Max(value = 100, message = "must be at most 100") int quorumPercent) {
}
