package org.migrationmptf.mobilisation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.migrationmptf.platform.money.MoneyInput;

/** One scheduled payment of an agreement, in the agreement's currency. */
public record InstalmentRequest(@NotNull(message = "is required") LocalDate dueOn,
                                @NotNull(message = "is required") @Valid MoneyInput amount) {
}
