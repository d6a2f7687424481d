package org.migrationmptf.monitoring.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An outcome with its outputs, or an output with its indicators (an outcome's {@code indicators} measure it
 * directly; its {@code outputs} are the results that lead to it).
 */
public record ResultInput(
        @NotBlank(message = "is required") @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,19}", message = "must be 1 to 20 letters, digits, dots, dashes or underscores") String code,
        @NotBlank(message = "is required") @Size(max = 1000, message = "must be at most 1000 characters") String statement,
        @Size(max = 20, message = "has at most 20 outputs") List<@NotNull(message = "cannot be empty") @Valid ResultInput> outputs,
        @Size(max = 30, message = "has at most 30 indicators") List<@NotNull(message = "cannot be empty") @Valid IndicatorInput> indicators) {
}
