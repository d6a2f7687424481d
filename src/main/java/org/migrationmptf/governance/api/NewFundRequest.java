package org.migrationmptf.governance.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A new fund: its code and reporting currency (both fixed once created) and its parameters. The new fund starts
 * with a copy of the Migration MPTF's thematic areas and objective grouping, which the FMU can then change.
 */
public record NewFundRequest(
        @NotNull(message = "is required") @Pattern(regexp = "[A-Z][A-Z0-9]{1,9}", message = "must be 2 to 10 capital letters or digits, starting with a letter")
        String code,
        @NotNull(message = "is required") @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code, e.g. USD")
        String reportingCurrency,
        @NotNull(message = "is required") @Valid FundParametersRequest parameters) {
}
