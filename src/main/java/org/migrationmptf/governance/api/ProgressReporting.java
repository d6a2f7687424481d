package org.migrationmptf.governance.api;

/** How often programmes report progress to the fund. */
public enum ProgressReporting {
    ANNUAL, SEMI_ANNUAL
}
