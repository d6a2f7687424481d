package org.migrationmptf.platform.schedule;

import jakarta.annotation.Resource;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import javax.sql.DataSource;

/**
 * Runs scheduled work once across instances. Every instance has the same timers; at each tick, an instance claims
 * the job's run for the current slot (a row keyed by job and slot, in its own transaction) and does the work only
 * if the claim is its own. The database decides, so there is no leader to elect and nothing to fail over: an
 * instance that is down simply does not claim.
 */
@Stateless
@LocalBean
public class ScheduledWork {

    private static final String INSTANCE = instanceName();
    /** What each job's timer did last on this instance, for the health check (no database call needed). */
    private static final Map<String, String> LAST_TICKS = new ConcurrentSkipListMap<>();

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Resource(lookup = "jdbc/mptf")
    DataSource dataSource;

    /** This instance's name in the job history. */
    public static String instance() {
        return INSTANCE;
    }

    /** The slot a moment falls in, for a job that runs every {@code intervalMillis}; ticks a little early or late
     * on either side of the boundary fall in the same slot. */
    public static String slot(Instant now, long intervalMillis) {
        return Long.toString(Math.round((double) now.toEpochMilli() / intervalMillis));
    }

    /** True when this instance has the job's run for the slot; false when another instance already claimed it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(String job, String slot) {
        // Plain JDBC on the application's data source (enlisted in this transaction): a lost claim is expected,
        // and Hibernate would log each one as an SQL error.
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into platform.scheduled_run"
                     + " (job, run_slot, instance, started_at) values (?, ?, ?, ?)")) {
            insert.setString(1, job);
            insert.setString(2, slot);
            insert.setString(3, INSTANCE);
            insert.setTimestamp(4, Timestamp.valueOf(LocalDateTime.now()));
            insert.executeUpdate();
            LAST_TICKS.put(job, LocalDateTime.now() + ": slot " + slot + " claimed by this instance");
            return true;
        } catch (SQLException e) {
            if (!isDuplicateKey(e)) {
                throw new IllegalStateException("Could not claim " + job + " slot " + slot + ": " + e.getMessage(), e);
            }
            context.setRollbackOnly();
            LAST_TICKS.put(job, LocalDateTime.now() + ": slot " + slot + " already claimed by another instance");
            return false;
        }
    }

    /** Notes that a job's run failed on this instance (the database away, say); the next tick tries again. */
    public static void failed(String job, String slot, String reason) {
        LAST_TICKS.put(job, LocalDateTime.now() + ": slot " + slot + " failed: " + reason);
    }

    /** What each job's timer did last on this instance. */
    public static Map<String, String> lastTicks() {
        return Map.copyOf(LAST_TICKS);
    }

    /** Records the outcome in the caller's transaction, so that it is written with the work or not at all. */
    public void finish(String job, String slot, String outcome) {
        em.createNativeQuery("update platform.scheduled_run set finished_at = ?1, outcome = ?2"
                        + " where job = ?3 and run_slot = ?4")
                .setParameter(1, Timestamp.valueOf(LocalDateTime.now()))
                .setParameter(2, outcome.length() > 500 ? outcome.substring(0, 500) : outcome)
                .setParameter(3, job).setParameter(4, slot).executeUpdate();
        LAST_TICKS.put(job, LocalDateTime.now() + ": slot " + slot + " done by this instance: " + outcome);
    }

    /** SQLState class 23 (integrity constraint violation): the slot is already someone's. */
    private static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    /** MPTF_INSTANCE if the operator names instances, else the host and the process id (unique on one host). */
    private static String instanceName() {
        String named = System.getenv("MPTF_INSTANCE");
        if (named != null && !named.isBlank()) {
            return named;
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "/" + ProcessHandle.current().pid();
    }
}
