package org.migrationmptf.programming.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.migrationmptf.platform.money.MoneyInput;

/**
 * A call for concept notes: title, submission window, the scopes and thematic areas it covers (none: all of the
 * fund's), and each note's budget ceiling and longest duration (left out: the fund's defaults).
 */
public record CallRequest(
        @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") String title,
        @NotNull(message = "is required") LocalDate opensOn,
        @NotNull(message = "is required") LocalDate closesOn,
        @NotEmpty(message = "name at least one scope") Set<@NotNull(message = "cannot be empty") Scope> scopes,
        Set<@NotNull(message = "cannot be empty") @Min(value = 1, message = "must be a thematic area number") Integer> thematicAreas,
        @Valid MoneyInput budgetCeiling,
        @Min(value = 1, message = "must be at least 1") @Max(value = 120, message = "must be at most 120") Integer maxDurationMonths) {
}
