package org.migrationmptf.programming.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a programme list shows of each programme beyond its own columns (its organisations, regions and budget
 * total), kept per programme and version. These change only with the programme record itself (its element
 * collections), which raises its version and update time, and a list reads both with its rows: an entry made for an
 * older version, or by a transaction that was rolled back (same version, another update time), is simply not found,
 * so what a list shows is never older than the row beside it. A page whose programmes are all known needs no
 * statement for them.
 */
@ApplicationScoped
public class ProgrammeSatellites {

    /** A fund has a few thousand programmes; past this many entries the memory is cleared and refilled as read. */
    static final int MAX_ENTRIES = 20_000;

    /** A programme's organisations, regions and budget total, as of a version. */
    public record Satellites(Set<Long> organisations, Set<String> regions, BigDecimal budget) {
    }

    private record Entry(long version, Instant updatedAt, Satellites satellites) {
    }

    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();

    /** What is known of the programme at this version, or null. */
    Satellites known(long programme, long version, Instant updatedAt) {
        Entry e = entries.get(programme);
        return e != null && e.version == version && e.updatedAt.equals(updatedAt) ? e.satellites : null;
    }

    void remember(long programme, long version, Instant updatedAt, Satellites satellites) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(programme, new Entry(version, updatedAt, satellites));
    }
}
