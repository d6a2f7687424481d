package org.migrationmptf.platform.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The business counters an operator watches, in the application scope of {@code /metrics}:
 * <ul>
 *   <li>{@code mptf_bookings_total{type, kind}}: records with a kind written and committed, e.g. the ledger's
 *       journals: {@code type="Journal", kind="DEPOSIT" | "COMMITMENT" | "TRANSFER" | "REVERSAL" | ...};</li>
 *   <li>{@code mptf_records_created_total{type}}: every new record of the fund, by entity (Deposit, Agreement, ...);</li>
 *   <li>{@code mptf_refusals_total{status, problem}}: requests the API refused, by status and problem type:
 *       403 (role), 409 (conflict, e.g. not enough money available), 422 (a rule of the fund), 400 (bad input),
 *       503 (busy: a whole-fund read that waited too long for its turn, or bookings of one fund waiting on each
 *       other; or the database out of reach).</li>
 * </ul>
 * Also a small API for a module that wants to count something no record shows: {@link #count(String, String...)}.
 */
@ApplicationScoped
public class FundCounters {

    private static final Logger LOG = Logger.getLogger(FundCounters.class.getName());
    static final String BOOKINGS = "mptf.bookings";
    static final String RECORDS = "mptf.records.created";
    static final String REFUSALS = "mptf.refusals";

    @Inject
    MetricRegistry registry;

    public void recordCreated(String type) {
        registry.counter(RECORDS, new Tag("type", type)).inc();
    }

    public void booked(String type, String kind) {
        registry.counter(BOOKINGS, new Tag("type", type), new Tag("kind", kind)).inc();
    }

    public void refused(int status, String problemType) {
        registry.counter(REFUSALS, new Tag("status", Integer.toString(status)),
                new Tag("problem", problemType == null ? "about:blank" : problemType)).inc();
    }

    /**
     * One more of something a module counts itself: {@code mptf_<name>_total} with the given tag pairs
     * ({@code "fund", "MIG"}). Keep the names fixed and the tag values few (no ids, no user names).
     */
    public void count(String name, String... tagPairs) {
        if (tagPairs.length % 2 != 0) {
            throw new IllegalArgumentException("tags come in name/value pairs");
        }
        Tag[] tags = new Tag[tagPairs.length / 2];
        for (int i = 0; i < tags.length; i++) {
            tags[i] = new Tag(tagPairs[2 * i], tagPairs[2 * i + 1]);
        }
        registry.counter("mptf." + name, tags).inc();
    }

    /**
     * For code that is not a CDI bean (Hibernate listeners, JAX-RS providers): counting must never fail the
     * request it counts, so a missing container or registry is logged and ignored.
     */
    static void withCounters(java.util.function.Consumer<FundCounters> action) {
        try {
            action.accept(CDI.current().select(FundCounters.class).get());
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Metrics not recorded", e);
        }
    }

    /** {@link #refused} from outside CDI. */
    public static void countRefusal(int status, String problemType) {
        withCounters(c -> c.refused(status, problemType));
    }
}
