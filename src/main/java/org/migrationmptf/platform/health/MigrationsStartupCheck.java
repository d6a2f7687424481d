package org.migrationmptf.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;
import org.migrationmptf.platform.persistence.DatabaseMigrations;

/** Started once the schema migrations have run; until then an orchestrator should wait, not restart us. */
@Startup
@ApplicationScoped
public class MigrationsStartupCheck implements HealthCheck {

    @Inject
    DatabaseMigrations migrations;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("migrations")
                .status(migrations.isComplete())
                .withData("modules", String.join(",", migrations.appliedVersions().keySet()))
                .build();
    }
}
