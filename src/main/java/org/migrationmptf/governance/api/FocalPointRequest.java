package org.migrationmptf.governance.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Links a user (their login name) to an organisation as its focal point. */
public record FocalPointRequest(
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String userName,
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String fullName,
        @Email(message = "must be an e-mail address") @Size(max = 200, message = "must be at most 200 characters") String email) {
}
