package org.migrationmptf.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the server can serve. Deliberately independent of the database: restarting the server does not
 * bring a database back. DOWN only when the heap is nearly exhausted, where a restart does help.
 */
@Liveness
@ApplicationScoped
public class ServerLivenessCheck implements HealthCheck {

    static final double HEAP_LIMIT = 0.95;

    @Override
    public HealthCheckResponse call() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long max = heap.getMax() > 0 ? heap.getMax() : heap.getCommitted();
        double used = (double) heap.getUsed() / max;
        return HealthCheckResponse.named("server")
                .status(used < HEAP_LIMIT)
                .withData("heapUsedMb", heap.getUsed() / (1024 * 1024))
                .withData("heapMaxMb", max / (1024 * 1024))
                .withData("uptimeSeconds", ManagementFactory.getRuntimeMXBean().getUptime() / 1000)
                .build();
    }
}
