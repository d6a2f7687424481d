package org.migrationmptf.programming.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The reviewers the FMU assigns to a concept note: user names of FMU staff or Steering Committee members. */
public record ReviewerAssignment(
        @NotEmpty(message = "name at least one reviewer") @Size(max = 10, message = "has at most 10 reviewers")
        List<@NotBlank(message = "cannot be empty") @Size(max = 100, message = "must be at most 100 characters") String> reviewers) {
}
