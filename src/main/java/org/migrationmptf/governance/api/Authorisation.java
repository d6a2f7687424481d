package org.migrationmptf.governance.api;

/** Whether a decision authorises an act, and if not, why (in words a person can act on). */
public record Authorisation(boolean granted, String decision, String reason) {
}
