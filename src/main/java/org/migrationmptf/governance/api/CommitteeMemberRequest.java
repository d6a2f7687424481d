package org.migrationmptf.governance.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A Steering Committee member as the FMU records them. */
public record CommitteeMemberRequest(
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String fullName,
        @NotNull(message = "is required") Constituency constituency,
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String seat,
        @NotNull(message = "is required") LocalDate termStart,
        LocalDate termEnd,
        boolean chair,
        @Size(max = 100, message = "must be at most 100 characters") String userName) {
}
