package org.migrationmptf.mobilisation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.migrationmptf.platform.money.MoneyInput;

/**
 * Expenditure an organisation reported for a programme and the FMU accepted, in the fund's reporting currency:
 * it lowers the balance held by the organisation and counts in the delivery rate. {@code valueDate} is the end of
 * the period it covers.
 */
public record ExpenditureRequest(
        @NotNull(message = "is required") @Positive(message = "must be a programme id") Long programmeId,
        @NotBlank(message = "is required") @Size(max = 20, message = "must be at most 20 characters") String organisation,
        @NotNull(message = "is required") LocalDate valueDate,
        @NotNull(message = "is required") @Valid MoneyInput amount,
        @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") String description) {
}
