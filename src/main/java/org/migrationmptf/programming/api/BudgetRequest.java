package org.migrationmptf.programming.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A whole programme budget: every non-zero cell of the organisation x category matrix. */
public record BudgetRequest(
        @NotEmpty(message = "needs at least one line") @Size(max = 400, message = "has at most 400 lines")
        List<@NotNull(message = "cannot be empty") @Valid BudgetLineInput> lines) {
}
