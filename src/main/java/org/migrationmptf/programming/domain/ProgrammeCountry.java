package org.migrationmptf.programming.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A country a programme works in, with its UN M49 region (kept so that lists filter by region on one index). */
@Embeddable
public record ProgrammeCountry(@Column(name = "country_code", nullable = false, length = 3) String code,
                               @Column(length = 100) String region) {
}
