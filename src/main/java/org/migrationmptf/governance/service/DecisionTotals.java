package org.migrationmptf.governance.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.migrationmptf.platform.persistence.VersionedMemory;

/**
 * How many decisions each filter of a fund's register matches, kept while the decisions stay as they are.
 * Counting them was the register's costliest statement (a scan of every decision of the fund on each page). The
 * key holds the decisions' change number ({@link org.migrationmptf.platform.persistence.ChangeNumbers}), which
 * every transaction that records or revises a decision raises before it commits, so a total is never served once a
 * decision has changed since.
 */
@ApplicationScoped
public class DecisionTotals extends VersionedMemory {

    /** Filters differ by text searched and dates: the least recently asked go first. */
    static final int CAPACITY = 5_000;

    public DecisionTotals() {
        super(CAPACITY);
    }
}
