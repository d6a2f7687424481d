package org.migrationmptf.monitoring.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An organisation's expenditure on a programme in one year, by budget category. {@code last} marks the final
 * report (the organisation's last year on the programme): its acceptance certifies the final expenditure.
 */
public record ExpenditureReportRequest(
        @NotBlank(message = "is required") @Size(max = 20, message = "must be at most 20 characters") String organisation,
        @NotNull(message = "is required") @Min(value = 1990, message = "must be a year from 1990") @Max(value = 2100, message = "must be a year until 2100") Integer year,
        boolean last,
        @NotEmpty(message = "needs at least one line") @Size(max = 8, message = "has at most 8 lines")
        List<@NotNull(message = "cannot be empty") @Valid ExpenditureLineInput> lines) {
}
