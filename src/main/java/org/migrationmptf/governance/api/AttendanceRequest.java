package org.migrationmptf.governance.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The members (by id) who attended a meeting. */
public record AttendanceRequest(
        @NotNull(message = "is required") @Size(max = 200, message = "has at most 200 members")
        List<@NotNull(message = "cannot be empty") Long> presentMemberIds) {
}
