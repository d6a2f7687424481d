package org.migrationmptf.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date before anything reads it: one Flyway run per module, each in the
 * module's own schema with its own history table, in the order of the module map (a later module's migrations
 * may refer to an earlier module's tables, never the other way round).
 *
 * <p>Migrations common to both databases live in {@code db/<module>/common}; what only one database needs
 * (a PostgreSQL trigger, say) in {@code db/<module>/postgresql} or {@code db/<module>/h2}, with the same version
 * numbers kept aligned by a no-op on the other side. Each folder holds an empty {@code flyway.location} file,
 * without which Flyway finds nothing inside Liberty's class loader.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    /** The modules that own a schema, in the order their migrations run. */
    public static final List<String> MODULES = List.of("platform", "governance", "mobilisation", "programming", "monitoring");
    public static final String HISTORY_TABLE = "flyway_schema_history";

    /** The schema that keeps the history of the demo data's migrations. */
    public static final String DEMO = "demo";

    @Resource(lookup = "jdbc/mptf")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "mptf.demo-data", defaultValue = "false")
    boolean demoData;

    private volatile Map<String, String> appliedVersions = Map.of();
    private volatile boolean complete;

    /** How long start-up waits for a database that cannot be reached (MPTF_STARTUP_DATABASE_WAIT, ISO-8601). */
    @Inject
    @ConfigProperty(name = "mptf.startup.database-wait", defaultValue = "PT5M")
    java.time.Duration databaseWait;

    @PostConstruct
    void migrate() {
        String vendor = awaitDatabase();
        Map<String, String> versions = new LinkedHashMap<>();
        for (String module : MODULES) {
            if (getClass().getClassLoader().getResource("db/" + module + "/common/flyway.location") == null) {
                continue;
            }
            versions.put(module, migrate(module, "classpath:db/" + module + "/common",
                    "classpath:db/" + module + "/" + vendor));
        }
        if (demoData) {
            // Demo records (a living Steering Committee, focal points for the demo users), only where asked for:
            // their own history, so that switching demo data on later adds them once.
            versions.put(DEMO, migrate(DEMO, "classpath:db/demo/common"));
        }
        appliedVersions = Collections.unmodifiableMap(versions);
        complete = true;
    }

    private String migrate(String schema, String... locations) {
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .schemas(schema)
                .createSchemas(true)
                .table(HISTORY_TABLE)
                .locations(locations)
                .load();
        MigrateResult result = flyway.migrate();
        // The version the schema is at now, from the run itself: asking flyway.info() would resolve every migration
        // and read the history a second time, per module, at every start.
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion
                : result.initialSchemaVersion != null ? result.initialSchemaVersion : "none";
        LOG.info(() -> "Schema " + schema + ": " + result.migrationsExecuted + " migration(s) applied, now at version "
                + version);
        return version;
    }

    /** True once every module's migrations have run (the startup health check waits for it). */
    public boolean isComplete() {
        return complete;
    }

    /** The schema version each module reached at start-up. */
    public Map<String, String> appliedVersions() {
        return appliedVersions;
    }

    /**
     * The vendor of the database, once it answers: an instance started while the database is away (a restart of
     * both, a failover) waits for it, ready for nothing meanwhile, instead of failing its application for good.
     */
    private String awaitDatabase() {
        java.time.Instant deadline = java.time.Instant.now().plus(databaseWait);
        while (true) {
            try {
                return vendor();
            } catch (IllegalStateException e) {
                if (java.time.Instant.now().isAfter(deadline)) {
                    throw e;
                }
                LOG.warning(() -> "The database cannot be reached yet (" + e.getCause().getMessage()
                        + "); trying again in 2 s, until " + deadline);
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** "postgresql" or "h2": which vendor folder of migrations applies to this database. */
    private String vendor() {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
            return product.contains("postgres") ? "postgresql" : "h2";
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached to migrate its schema", e);
        }
    }
}
