package org.migrationmptf.governance.api;

import java.time.LocalDate;

/** A Participating UN Organisation. */
public record OrganisationView(long id, String acronym, String name, LocalDate mouSignedOn, OrganisationStatus status,
                               long version) {
}
