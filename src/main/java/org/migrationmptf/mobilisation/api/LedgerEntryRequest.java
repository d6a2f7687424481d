package org.migrationmptf.mobilisation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.migrationmptf.platform.money.MoneyInput;

/**
 * A money movement other than a deposit, recorded by the Administrative Agent in the reporting currency: interest,
 * other income, a bank charge, a direct cost, a refund to a contributor (name it) or a transfer to another fund.
 * {@code pool} is the earmark pool it concerns (UNEARMARKED when left out).
 */
public record LedgerEntryRequest(
        @NotNull(message = "is required") JournalKind kind,
        @NotNull(message = "is required") @PastOrPresent(message = "cannot be in the future") LocalDate valueDate,
        @NotNull(message = "is required") @Valid MoneyInput amount,
        @Size(max = 60, message = "must be at most 60 characters") String pool,
        Long contributorId,
        @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters") String description) {
}
