package org.migrationmptf.monitoring.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A programme's whole results framework: outcomes, their outputs, and indicators. */
public record ResultsFrameworkRequest(
        @NotEmpty(message = "needs at least one outcome") @Size(max = 10, message = "has at most 10 outcomes")
        List<@NotNull(message = "cannot be empty") @Valid ResultInput> outcomes) {
}
