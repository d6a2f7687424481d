package org.migrationmptf.governance.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

/**
 * A record a decision acts on, in any module: its type (e.g. {@code JOINT_PROGRAMME}, {@code CONCEPT_NOTE},
 * {@code CONTRIBUTION}) and its id.
 */
public record RecordRef(
        @NotNull(message = "is required") @Pattern(regexp = "[A-Z][A-Z_]{1,39}", message = "must be a record type in capitals, e.g. JOINT_PROGRAMME")
        String recordType,
        @NotNull(message = "is required") @Positive(message = "must be a record id, more than 0") Long recordId) {
}
