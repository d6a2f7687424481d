package org.migrationmptf.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.migrationmptf.platform.schedule.ScheduledWork;

/**
 * Whether scheduled work is running on this instance, for an operator: what each job's timer did last (claimed
 * its slot and did the work, found it already done by another instance, or failed and why). Read from memory, so
 * the probe stays fast when the database is away. Information only, never DOWN: a job that stopped running is a
 * reason to look, not to take the instance out of the load balancer. The jobs' history across instances is the
 * table platform.scheduled_run.
 */
@Readiness
@ApplicationScoped
public class ScheduledWorkCheck implements HealthCheck {

    @Inject
    ScheduledWork work;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("scheduled-work").up()
                .withData("instance", ScheduledWork.instance());
        ScheduledWork.lastTicks().forEach(response::withData);
        return response.build();
    }
}
