/**
 * The fund's operational counters on Liberty's {@code /metrics} endpoint (MicroProfile Metrics), next to what the
 * server measures itself (requests per endpoint, connection pool, JVM). Bookings are counted where every module's
 * records are written (a Hibernate listener, after the transaction commits), refusals where every API error is
 * answered, so no module has to call anything and the module map stays as it is.
 */
package org.migrationmptf.platform.metrics;
