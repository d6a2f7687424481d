package org.migrationmptf.programming.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A revision asked for: a budget revision gives the whole new budget ({@code budget}); a no-cost extension gives
 * the new end date ({@code endsOn}). Both say why.
 */
public record RevisionRequest(
        @NotNull(message = "is required") RevisionKind kind,
        @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters") String justification,
        @Size(max = 400, message = "has at most 400 lines") List<@NotNull(message = "cannot be empty") @Valid BudgetLineInput> budget,
        LocalDate endsOn) {
}
