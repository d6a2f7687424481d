package org.migrationmptf.monitoring.api;

/** The reports the fund expects from programmes. */
public enum ReportKind {
    PROGRESS, EXPENDITURE
}
