package org.migrationmptf.governance.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.migrationmptf.platform.money.MoneyInput;

/**
 * A decision of the Steering Committee as recorded: its type, title and text, the day it takes effect, the amount
 * for decisions that move money, the records it acts on, and (for a correction) the decision it supersedes.
 */
public record DecisionRequest(
        @NotNull(message = "is required") DecisionType type,
        @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") String title,
        @NotBlank(message = "is required") @Size(max = 10000, message = "must be at most 10000 characters") String text,
        @NotNull(message = "is required") LocalDate effectiveOn,
        @Valid MoneyInput amount,
        @Size(max = 50, message = "has at most 50 records") List<@NotNull(message = "cannot be empty") @Valid RecordRef> subjects,
        String supersedes) {
}
