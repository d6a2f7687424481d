package org.migrationmptf.monitoring.api;

/** A report is submitted, then accepted by the FMU or returned with comments (and submitted again). */
public enum ReportStatus {
    SUBMITTED, ACCEPTED, RETURNED
}
