package org.migrationmptf.governance.api;

/**
 * Where a Steering Committee meeting stands: scheduled; held (its decisions are recorded); minutes approved (its
 * attendance and decisions are final).
 */
public enum MeetingStatus {
    SCHEDULED, HELD, MINUTES_APPROVED
}
