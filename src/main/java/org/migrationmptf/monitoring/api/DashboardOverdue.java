package org.migrationmptf.monitoring.api;

/** Reports past their due day and not submitted (or returned), for the programmes the caller may see. */
public record DashboardOverdue(long total, long progress, long expenditure) {
}
