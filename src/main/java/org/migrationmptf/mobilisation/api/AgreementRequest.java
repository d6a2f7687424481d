package org.migrationmptf.mobilisation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.migrationmptf.platform.money.MoneyInput;

/**
 * A signed Standard Administrative Arrangement: who, its reference, when, the total in the contributor's currency,
 * its earmark (a thematic area number, a country's alpha-3 code or an M49 region; nothing when unearmarked) and the
 * instalment schedule, which adds up to the total.
 */
public record AgreementRequest(
        @NotNull(message = "is required") Long contributorId,
        @NotNull(message = "is required") @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9/_-]{1,39}", message = "must be 2 to 40 letters, digits, /, _ or -")
        String reference,
        @NotNull(message = "is required") @PastOrPresent(message = "cannot be in the future") LocalDate signedOn,
        @NotNull(message = "is required") @Valid MoneyInput total,
        @NotNull(message = "is required") EarmarkKind earmarkKind,
        @Size(max = 100, message = "must be at most 100 characters") String earmarkValue,
        @NotEmpty(message = "needs at least one instalment") @Size(max = 60, message = "has at most 60 instalments")
        List<@NotNull(message = "cannot be empty") @Valid InstalmentRequest> instalments) {
}
