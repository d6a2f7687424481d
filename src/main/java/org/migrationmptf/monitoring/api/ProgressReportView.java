package org.migrationmptf.monitoring.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A progress report, its narrative, actual values, and the FMU's review. */
public record ProgressReportView(long id, long programmeId, String organisation, String period, LocalDate periodStart,
                                 LocalDate periodEnd, LocalDate dueOn, ReportStatus status,
                                 Map<NarrativeSection, String> narrative, List<Actual> actuals, String submittedBy,
                                 Instant submittedAt, String reviewedBy, Instant reviewedAt, String reviewComment,
                                 long version) {

    /** An actual value as reported. */
    public record Actual(String indicator, String disaggregation, String value, String text) {
    }
}
