package org.migrationmptf.governance.api;

/** Whether a Participating UN Organisation can take part in new programmes. */
public enum OrganisationStatus {
    ACTIVE, INACTIVE
}
