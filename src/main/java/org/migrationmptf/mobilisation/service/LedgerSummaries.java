package org.migrationmptf.mobilisation.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.migrationmptf.platform.persistence.VersionedMemory;

/**
 * Sums over a fund's whole ledger (the funding status, balances per pool, delivery), remembered for as long as the
 * ledger has not changed: the key holds the fund's newest journal id, read from the database on every call, so a
 * new journal makes every remembered sum of that fund unreachable and the next read sums the ledger again. The
 * figures stay those of the ledger (nothing is stored that the ledger does not say); a dashboard read a hundred
 * times between two bookings sums a million lines once instead of a hundred times.
 *
 * <p>Why a journal id is a sound version: every booking takes the fund's ledger lock before it inserts its journal
 * (see {@link Ledger#lockAndFindRepeat}), so a fund's journals commit in the order of their ids, and an id, once
 * taken, is never given again (a rolled-back booking leaves a gap, and the sums computed inside it are keyed by an
 * id that never becomes the newest).
 */
@ApplicationScoped
public class LedgerSummaries extends VersionedMemory {

    /** Enough for every fund's dashboard and the dates people ask about; the eldest is forgotten first. */
    static final int CAPACITY = 512;

    public LedgerSummaries() {
        super(CAPACITY);
    }
}
