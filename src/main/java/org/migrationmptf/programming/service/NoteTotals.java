package org.migrationmptf.programming.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.migrationmptf.platform.persistence.VersionedMemory;

/**
 * How many concept notes each filter of the notes list matches, kept while no note changes. Counting them was that
 * list's costliest statement (every note the caller may see, on each page). The key holds the notes' change number
 * ({@link org.migrationmptf.platform.persistence.ChangeNumbers}), which every transaction that drafts, edits,
 * submits, screens or decides on a note raises before it commits, so a total is never served once a note has
 * changed since.
 */
@ApplicationScoped
public class NoteTotals extends VersionedMemory {

    /** Filters differ by caller's organisation, status, fund, call, area and region: the least recently asked go first. */
    static final int CAPACITY = 5_000;

    public NoteTotals() {
        super(CAPACITY);
    }
}
