package org.migrationmptf.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.migrationmptf.platform.problem.BusyException;

/**
 * At most a few reads of a whole fund at once on this server; the others wait their turn. Such a read (the reporting
 * calendar of the fund, built from every report and every reporting programme; the annual report; the IATI file,
 * with every transaction of the fund) holds megabytes while it runs. Sixteen calendars at once on the benchmark's volume fund ran the 200 MB heap of
 * {@code liberty/jvm.options} out of memory, and an OutOfMemoryError fails whichever request happens to be
 * allocating, a booking as well as the calendars (README "Performance", ninth round). On two cores more of them at
 * once would not finish sooner anyway. A read that waited {@code mptf.whole-fund-reads.wait} without its turn is
 * refused with 503 and Retry-After: it is a read, so nothing is lost.
 */
@ApplicationScoped
public class WholeFundReads {

    @Inject
    @ConfigProperty(name = "mptf.whole-fund-reads", defaultValue = "2")
    int atOnce;

    @Inject
    @ConfigProperty(name = "mptf.whole-fund-reads.wait", defaultValue = "PT30S")
    Duration wait;

    private Semaphore turns;

    private final ThreadLocal<Boolean> holding = ThreadLocal.withInitial(() -> false);

    @PostConstruct
    void init() {
        turns = new Semaphore(Math.max(1, atOnce), true);
    }

    /** Outside the container (the tests): {@code atOnce} reads at once, each waiting at most {@code wait}. */
    static WholeFundReads of(int atOnce, Duration wait) {
        WholeFundReads reads = new WholeFundReads();
        reads.atOnce = atOnce;
        reads.wait = wait;
        reads.init();
        return reads;
    }

    /** A read of a whole fund; it may fail as it likes (writing a file to the caller, say), its turn is given back. */
    @FunctionalInterface
    public interface Read<T, E extends Exception> {
        T get() throws E;
    }

    /**
     * Runs the read when its turn comes; {@code what} names it in the refusal ("the reporting calendar"). A read
     * made within another one on the same thread runs in that one's turn, so that the two cannot wait for each other.
     */
    public <T, E extends Exception> T read(String what, Read<T, E> read) throws E {
        if (holding.get()) {
            return read.get();
        }
        boolean turn;
        try {
            turn = turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusyException("The server stopped waiting to read " + what + "; send the request again.");
        }
        if (!turn) {
            throw new BusyException("The server is reading as many whole funds as it can at once, and " + what
                    + " waited " + wait.toSeconds() + " s for its turn. Send the request again in a little while.");
        }
        holding.set(true);
        try {
            return read.get();
        } finally {
            holding.remove();
            turns.release();
        }
    }
}
