package org.migrationmptf.governance.api;

import java.time.LocalDate;

/** A Participating UN Organisation. */
public record OrganisationView(String acronym, String name, LocalDate mouSignedOn, OrganisationStatus status,
                               long version) {
}
