package org.migrationmptf.monitoring.api;

import java.time.LocalDate;

/**
 * A report due: which programme, which kind (PROGRESS or EXPENDITURE), from which organisation, for which period,
 * when, and where it stands (DUE, OVERDUE, or the report's status).
 */
public record CalendarEntry(long programmeId, String programme, String kind, String organisation, String period,
                            LocalDate periodStart, LocalDate periodEnd, LocalDate dueOn, String standing,
                            Long reportId) {
}
