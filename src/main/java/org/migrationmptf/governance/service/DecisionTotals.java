package org.migrationmptf.governance.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * How many decisions each filter of a fund's register matches, kept while the fund's decisions stay as they are.
 * Counting them was the register's costliest statement (a scan of every decision of the fund on each page). The
 * key holds the fund's {@code decisions_changed} number, which every recorded or revised decision raises in its own
 * transaction, so a total is never served once a decision has changed since; a number read before such a change
 * committed keys an entry nobody asks for afterwards.
 */
@ApplicationScoped
public class DecisionTotals {

    /** Filters differ by text searched and dates: past this many the memory is cleared and refilled as asked. */
    static final int MAX_ENTRIES = 5_000;

    private final Map<String, Long> totals = new ConcurrentHashMap<>();

    long total(long fund, long decisionsChanged, String filter, Supplier<Long> count) {
        String key = fund + "/" + decisionsChanged + "/" + filter;
        Long known = totals.get(key);
        if (known != null) {
            return known;
        }
        if (totals.size() >= MAX_ENTRIES) {
            totals.clear();
        }
        long counted = count.get();
        totals.put(key, counted);
        return counted;
    }
}
