package org.migrationmptf.programming.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.migrationmptf.platform.persistence.VersionedMemory;

/**
 * What a programme list shows of each programme beyond its own columns (its organisations, regions and budget
 * total), kept per programme and version. These change only with the programme record itself (its element
 * collections), which raises its version and update time, and a list reads both with its rows: an entry made for an
 * older version, or by a transaction that was rolled back (same version, another update time), is simply not found,
 * so what a list shows is never older than the row beside it. A page whose programmes are all known needs no
 * statement for them.
 */
@ApplicationScoped
public class ProgrammeSatellites extends VersionedMemory {

    /** A fund has a few thousand programmes; the least recently shown go first. */
    static final int MAX_ENTRIES = 20_000;

    /** A programme's organisations, regions and budget total, as of a version. */
    public record Satellites(Set<Long> organisations, Set<String> regions, BigDecimal budget) {
    }

    public ProgrammeSatellites() {
        super(MAX_ENTRIES);
    }

    /** What is known of the programme at this version, or null. */
    Satellites known(long programme, long version, Instant updatedAt) {
        return known(List.of(programme, version, updatedAt));
    }

    void remember(long programme, long version, Instant updatedAt, Satellites satellites) {
        remember(List.of(programme, version, updatedAt), satellites);
    }
}
