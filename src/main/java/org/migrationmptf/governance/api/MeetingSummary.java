package org.migrationmptf.governance.api;

import java.time.LocalDate;

/** A Steering Committee meeting in a list. */
public record MeetingSummary(long id, LocalDate meetsOn, String title, String location, MeetingStatus status) {
}
