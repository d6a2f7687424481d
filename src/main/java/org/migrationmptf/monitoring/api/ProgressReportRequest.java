package org.migrationmptf.monitoring.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * A progress report for a period ({@code 2025} for a year, {@code 2025-H1} or {@code 2025-H2} for a half-year when
 * the fund reports semi-annually): narrative sections by name and the actual value of indicators.
 */
public record ProgressReportRequest(
        @NotBlank(message = "is required") @Pattern(regexp = "\\d{4}(-H[12])?", message = "must be a year (2025) or a half-year (2025-H1)") String period,
        @NotEmpty(message = "needs at least one section") @Size(max = 10, message = "has at most 10 sections")
        Map<@NotNull NarrativeSection, @NotBlank(message = "cannot be empty") @Size(max = 20000, message = "must be at most 20000 characters") String> narrative,
        @Size(max = 500, message = "has at most 500 values") List<@NotNull(message = "cannot be empty") @Valid ActualInput> actuals) {
}
