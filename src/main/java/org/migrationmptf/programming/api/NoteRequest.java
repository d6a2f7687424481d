package org.migrationmptf.programming.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.migrationmptf.platform.money.MoneyInput;

/**
 * A concept note as its lead organisation drafts it. The lead is the caller's organisation; {@code organisations}
 * are the other participating organisations' acronyms. Markers may stay unscored in a draft; screening at
 * submission requires them.
 */
public record NoteRequest(
        @NotNull(message = "is required") Long callId,
        @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") String title,
        @NotBlank(message = "is required") @Size(max = 10000, message = "must be at most 10000 characters") String summary,
        @NotNull(message = "is required") Scope scope,
        @NotNull(message = "is required") @Min(value = 1, message = "must be a thematic area number") Integer thematicArea,
        @NotNull(message = "is required") @Valid MoneyInput requestedBudget,
        @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1 month") @Max(value = 120, message = "must be at most 120 months") Integer durationMonths,
        @Min(value = 0, message = "must be 0 to 3") @Max(value = 3, message = "must be 0 to 3") Integer genderMarker,
        @Min(value = 0, message = "must be 0 to 3") @Max(value = 3, message = "must be 0 to 3") Integer humanRightsMarker,
        @Min(value = 0, message = "must be 0 to 3") @Max(value = 3, message = "must be 0 to 3") Integer childMarker,
        @Size(max = 20, message = "has at most 20 organisations") Set<@NotBlank(message = "cannot be empty") String> organisations,
        @Size(max = 60, message = "has at most 60 countries") Set<@NotNull(message = "cannot be empty") @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code") String> countries,
        @Size(max = 23, message = "has at most 23 objectives") Set<@NotNull @Min(value = 1, message = "must be 1 to 23") @Max(value = 23, message = "must be 1 to 23") Integer> objectives,
        @Size(max = 10, message = "has at most 10 principles") Set<@NotNull @Min(value = 1, message = "must be 1 to 10") @Max(value = 10, message = "must be 1 to 10") Integer> principles) {
}
