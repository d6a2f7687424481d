package org.migrationmptf.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.migrationmptf.platform.persistence.DatabaseMigrations;

/**
 * Ready to serve when the database answers and every module's schema is at the version this build migrated it
 * to. Asked afresh each time (no cached verdict), so it goes DOWN while the database is away and UP again by
 * itself when it returns. The data tells an operator what to look at: the database, how long it took to answer,
 * each module's schema version, and the error when there is one.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    static final String NAME = "database";

    @Resource(lookup = "jdbc/mptf")
    DataSource dataSource;

    @Inject
    DatabaseMigrations migrations;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        if (!migrations.isComplete()) {
            return response.down().withData("migrations", "not yet applied").build();
        }
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(2)) {
                return response.down().withData("error", "the database did not answer within 2 s").build();
            }
            response.withData("product", connection.getMetaData().getDatabaseProductName()
                    + " " + connection.getMetaData().getDatabaseProductVersion());
            boolean current = true;
            for (Map.Entry<String, String> expected : migrations.appliedVersions().entrySet()) {
                String found = schemaVersion(connection, expected.getKey());
                response.withData("schema." + expected.getKey(), found);
                current &= expected.getValue().equals(found);
            }
            response.withData("latencyMs", (System.nanoTime() - started) / 1_000_000);
            if (!current) {
                response.withData("error", "a schema is not at the version this build expects");
            }
            return response.status(current).build();
        } catch (SQLException | RuntimeException e) {
            return response.down()
                    .withData("error", e.getClass().getSimpleName() + ": " + e.getMessage())
                    .withData("latencyMs", (System.nanoTime() - started) / 1_000_000)
                    .build();
        }
    }

    private static String schemaVersion(Connection connection, String module) throws SQLException {
        String sql = "select version from " + module + "." + DatabaseMigrations.HISTORY_TABLE
                + " where success = true and version is not null order by installed_rank desc fetch first 1 rows only";
        try (PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getString(1) : "none";
        }
    }
}
