package org.migrationmptf.mobilisation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.migrationmptf.platform.money.MoneyInput;

/** A contributor as recorded: name, type, country (ISO alpha-3), contact, pipeline stage and expected amount. */
public record ContributorRequest(
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
        @NotNull(message = "is required") ContributorType type,
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code, e.g. NOR") String countryCode,
        @Size(max = 200, message = "must be at most 200 characters") String contactName,
        @Email(message = "must be an e-mail address") @Size(max = 200, message = "must be at most 200 characters") String contactEmail,
        PipelineStage stage,
        @Valid MoneyInput expected) {
}
