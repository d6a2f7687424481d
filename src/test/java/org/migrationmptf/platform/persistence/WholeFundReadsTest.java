package org.migrationmptf.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.migrationmptf.platform.problem.BusyException;

class WholeFundReadsTest {

    @Test
    void noMoreThanTheLimitRunAtOnceAndEveryOneRuns() throws Exception {
        WholeFundReads reads = WholeFundReads.of(2, Duration.ofSeconds(30));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                int n = i;
                done.add(pool.submit(() -> reads.read("read " + n, () -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    sleep(20);
                    running.decrementAndGet();
                    return n;
                })));
            }
            int sum = 0;
            for (Future<Integer> f : done) {
                sum += f.get(30, TimeUnit.SECONDS);
            }
            assertEquals(120, sum, "all sixteen reads ran and answered");
            assertEquals(2, most.get(), "two at once, never more");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aReadThatWaitedTooLongIsRefusedAsBusyAndTheOthersGoOn() throws Exception {
        WholeFundReads reads = WholeFundReads.of(1, Duration.ofMillis(100));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<String> first = pool.submit(() -> reads.read("the first", () -> {
                started.countDown();
                await(finish);
                return "first";
            }));
            assertTrue(started.await(10, TimeUnit.SECONDS));
            BusyException refused = assertThrows(BusyException.class,
                    () -> reads.read("the reporting calendar", () -> "second"));
            assertTrue(refused.getMessage().contains("the reporting calendar waited 0 s"), refused.getMessage());
            finish.countDown();
            assertEquals("first", first.get(10, TimeUnit.SECONDS));
            assertEquals("third", reads.read("the third", () -> "third"), "the turn came back when the first ended");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aReadThatFailsGivesItsTurnBack() {
        WholeFundReads reads = WholeFundReads.of(1, Duration.ofMillis(100));
        assertThrows(IllegalStateException.class, () -> reads.read("a failing read", () -> {
            throw new IllegalStateException("the database went away");
        }));
        assertEquals("next", reads.read("the next", () -> "next"));
    }

    @Test
    void aReadWithinAReadRunsInItsTurnInsteadOfWaitingForItself() {
        WholeFundReads reads = WholeFundReads.of(1, Duration.ofMillis(100));
        assertEquals("inner", reads.read("the annual report", () -> reads.read("its calendar", () -> "inner")));
        assertEquals("after", reads.read("the next", () -> "after"), "the outer read gave its turn back");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
