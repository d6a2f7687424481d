package org.migrationmptf.monitoring.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.migrationmptf.monitoring.api.DashboardView;

/** When a dashboard is built again and when the one built before is shown. */
class DashboardSnapshotsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    /** A clock the test moves by hand. */
    private static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-11-30T10:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final TestClock clock = new TestClock();
    private final AtomicInteger builds = new AtomicInteger();

    private DashboardView build() {
        builds.incrementAndGet();
        return new DashboardView("MIG", "USD", DAY, null, null, null, List.of(), List.of(), List.of(), List.of(), null,
                0, clock.instant());
    }

    /** A build that says when it has started and finishes only when released, so that others can arrive meanwhile. */
    private final class HeldBuild {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        DashboardView build() {
            started.countDown();
            await(release);
            return DashboardSnapshotsTest.this.build();
        }

        void awaitStart() throws InterruptedException {
            assertEquals(true, started.await(10, TimeUnit.SECONDS), "the build started");
        }
    }

    private static DashboardSnapshots.Key key(long ledgerVersion) {
        return new DashboardSnapshots.Key("MIG", true, ledgerVersion, DAY);
    }

    @Test
    void theSameLedgerWithinTheMaximumAgeIsBuiltOnce() {
        DashboardSnapshots snapshots = new DashboardSnapshots(Duration.ofMinutes(1), clock);
        DashboardView first = snapshots.get(key(41), this::build);
        clock.now = clock.now.plusSeconds(59);
        assertSame(first, snapshots.get(key(41), this::build));
        assertEquals(1, builds.get());
    }

    @Test
    void aNewJournalMakesTheNextVisitorBuildItAgainAtOnce() {
        DashboardSnapshots snapshots = new DashboardSnapshots(Duration.ofMinutes(1), clock);
        DashboardView before = snapshots.get(key(41), this::build);
        DashboardView after = snapshots.get(key(42), this::build);
        assertNotSame(before, after);
        assertEquals(2, builds.get());
        // The old version is forgotten: asking for it again (it cannot happen: ids only grow) builds anew.
        snapshots.get(key(41), this::build);
        assertEquals(3, builds.get());
    }

    @Test
    void anOldDashboardIsBuiltAgainAndPipelineReadersHaveTheirOwn() {
        DashboardSnapshots snapshots = new DashboardSnapshots(Duration.ofMinutes(1), clock);
        snapshots.get(key(41), this::build);
        clock.now = clock.now.plusSeconds(60);
        snapshots.get(key(41), this::build);
        assertEquals(2, builds.get(), "a minute old: built again");
        snapshots.get(new DashboardSnapshots.Key("MIG", false, 41, DAY), this::build);
        snapshots.get(new DashboardSnapshots.Key("MIG", true, 41, DAY.plusDays(1)), this::build);
        assertEquals(4, builds.get(), "without the pipeline, and on the next day: built for them");
    }

    @Test
    void aMaximumAgeOfZeroKeepsNothing() {
        DashboardSnapshots snapshots = new DashboardSnapshots(Duration.ZERO, clock);
        snapshots.get(key(41), this::build);
        snapshots.get(key(41), this::build);
        assertEquals(2, builds.get());
    }

    @Test
    void manyVisitorsAtOnceWaitForOneBuild() throws Exception {
        DashboardSnapshots snapshots = new DashboardSnapshots(Duration.ofMinutes(1), clock);
        HeldBuild held = new HeldBuild();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<DashboardView>> views = new ArrayList<>();
            views.add(pool.submit(() -> snapshots.get(key(7), held::build)));
            held.awaitStart();
            for (int i = 0; i < 15; i++) {
                views.add(pool.submit(() -> snapshots.get(key(7), this::build)));
            }
            held.release.countDown();
            DashboardView first = views.get(0).get(10, TimeUnit.SECONDS);
            for (Future<DashboardView> view : views) {
                assertSame(first, view.get(10, TimeUnit.SECONDS));
            }
            assertEquals(1, builds.get(), "sixteen visitors, one build");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void whileOneVisitorBuildsTheNextTheOthersAreShownTheOneThereIs() throws Exception {
        DashboardSnapshots snapshots = new DashboardSnapshots(Duration.ofMinutes(1), clock);
        DashboardView old = snapshots.get(key(7), this::build);
        clock.now = clock.now.plusSeconds(61);
        HeldBuild held = new HeldBuild();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<DashboardView> rebuilt = pool.submit(() -> snapshots.get(key(7), held::build));
            held.awaitStart();
            assertSame(old, snapshots.get(key(7), this::build), "the same ledger and day: shown at once, not waited for");
            assertEquals(1, builds.get(), "no second build meanwhile");
            held.release.countDown();
            DashboardView next = rebuilt.get(10, TimeUnit.SECONDS);
            assertNotSame(old, next);
            assertSame(next, snapshots.get(key(7), this::build), "the new one for everyone after it was built");
            assertEquals(2, builds.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aNewLedgerVersionIsWaitedForEvenWithAnOldDashboardAtHand() throws Exception {
        DashboardSnapshots snapshots = new DashboardSnapshots(Duration.ofMinutes(1), clock);
        DashboardView old = snapshots.get(key(7), this::build);
        HeldBuild held = new HeldBuild();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<DashboardView> first = pool.submit(() -> snapshots.get(key(8), held::build));
            held.awaitStart();
            Future<DashboardView> second = pool.submit(() -> snapshots.get(key(8), this::build));
            Thread.sleep(200);
            assertEquals(false, second.isDone(), "a booking since: the visitor waits for the new figures");
            held.release.countDown();
            DashboardView built = first.get(10, TimeUnit.SECONDS);
            assertNotSame(old, built);
            assertSame(built, second.get(10, TimeUnit.SECONDS));
            assertEquals(2, builds.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
