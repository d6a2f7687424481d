package org.migrationmptf.governance.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A meeting to schedule (or reschedule, while it is still scheduled). */
public record MeetingRequest(
        @NotNull(message = "is required") LocalDate meetsOn,
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String title,
        @Size(max = 200, message = "must be at most 200 characters") String location,
        @Size(max = 50, message = "has at most 50 items") List<@NotBlank(message = "cannot be empty") @Size(max = 500, message = "must be at most 500 characters") String> agenda) {
}
