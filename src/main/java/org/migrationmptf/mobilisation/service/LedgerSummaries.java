package org.migrationmptf.mobilisation.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

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
 * id that never becomes the newest). Several servers on one database each keep their own sums, all keyed the same.
 */
@ApplicationScoped
public class LedgerSummaries {

    /** Enough for every fund's dashboard and the dates people ask about; the eldest is forgotten first. */
    static final int CAPACITY = 512;

    private final Map<List<Object>, Object> sums = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Object> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The remembered sum for this key, or the one {@code compute} gives (remembered for the next caller). */
    @SuppressWarnings("unchecked")
    public <T> T get(List<Object> key, Supplier<T> compute) {
        synchronized (sums) {
            Object known = sums.get(key);
            if (known != null) {
                return (T) known;
            }
        }
        T value = compute.get();
        synchronized (sums) {
            sums.put(key, value);
        }
        return value;
    }
}
