package org.migrationmptf.programming.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/**
 * A joint programme document as its lead organisation drafts it from an invited concept note: title, dates and
 * countries (the note's when left out). The budget is set separately.
 */
public record ProgrammeRequest(
        @NotNull(message = "is required") @Positive(message = "must be a concept note id") Long conceptNoteId,
        @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") String title,
        @NotNull(message = "is required") LocalDate startsOn,
        @NotNull(message = "is required") LocalDate endsOn,
        @Size(max = 60, message = "has at most 60 countries") Set<@NotNull(message = "cannot be empty") @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code") String> countries) {
}
