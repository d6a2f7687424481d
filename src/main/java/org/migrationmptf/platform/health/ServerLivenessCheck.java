package org.migrationmptf.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the server can serve. Deliberately independent of the database: restarting the server does not
 * bring a database back. DOWN only when the heap is nearly exhausted, where a restart does help.
 *
 * <p>"Exhausted" is judged on the old generation as the last garbage collection left it, not on the heap's current
 * use: with a small heap, garbage fills it to the brim between collections (the serial collector of
 * liberty/jvm.options waits until it must), and that is not a reason to restart anything. What survives a
 * collection is what the server really holds.
 */
@Liveness
@ApplicationScoped
public class ServerLivenessCheck implements HealthCheck {

    static final double HEAP_LIMIT = 0.95;

    @Override
    public HealthCheckResponse call() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long max = heap.getMax() > 0 ? heap.getMax() : heap.getCommitted();
        MemoryUsage afterCollection = oldGenerationAfterLastCollection();
        double held = afterCollection == null || afterCollection.getMax() <= 0 ? 0
                : (double) afterCollection.getUsed() / afterCollection.getMax();
        return HealthCheckResponse.named("server")
                .status(held < HEAP_LIMIT)
                .withData("heapUsedMb", heap.getUsed() / (1024 * 1024))
                .withData("heapMaxMb", max / (1024 * 1024))
                .withData("oldGenerationAfterGcPercent", Math.round(held * 100))
                .withData("uptimeSeconds", ManagementFactory.getRuntimeMXBean().getUptime() / 1000)
                .build();
    }

    /** The old (tenured) heap pool as the last collection left it; null before any or on an unknown collector. */
    private static MemoryUsage oldGenerationAfterLastCollection() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            String name = pool.getName();
            if (pool.getType() == MemoryType.HEAP && (name.contains("Old") || name.contains("Tenured"))) {
                return pool.getCollectionUsage();
            }
        }
        return null;
    }
}
