package org.migrationmptf.programming.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A reviewer's scores, each 1 (weak) to 5 (strong), against the fund's criteria: quality of the proposal, how it
 * applies the guiding principles, its markers (gender, human rights, child-sensitivity), and the thematic and
 * geographic balance it brings to the portfolio.
 */
public record ReviewRequest(
        @NotNull(message = "is required") @Min(value = 1, message = "must be 1 to 5") @Max(value = 5, message = "must be 1 to 5") Integer quality,
        @NotNull(message = "is required") @Min(value = 1, message = "must be 1 to 5") @Max(value = 5, message = "must be 1 to 5") Integer principles,
        @NotNull(message = "is required") @Min(value = 1, message = "must be 1 to 5") @Max(value = 5, message = "must be 1 to 5") Integer markers,
        @NotNull(message = "is required") @Min(value = 1, message = "must be 1 to 5") @Max(value = 5, message = "must be 1 to 5") Integer balance,
        @Size(max = 4000, message = "must be at most 4000 characters") String comment) {
}
