package org.migrationmptf.governance.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A Participating UN Organisation as the FMU records it. The acronym identifies it and cannot change; status is
 * ACTIVE when left out.
 */
public record OrganisationRequest(
        @NotNull(message = "is required") @Pattern(regexp = "[A-Za-z][A-Za-z0-9-]{1,19}", message = "must be 2 to 20 letters, digits or hyphens")
        String acronym,
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
        @PastOrPresent(message = "cannot be in the future") LocalDate mouSignedOn,
        OrganisationStatus status) {
}
