package org.migrationmptf.monitoring.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.migrationmptf.platform.money.MoneyView;

/** An expenditure report: by category, its total, whether final, its review, and when it was due. */
public record ExpenditureReportView(long id, long programmeId, String organisation, int year, boolean last,
                                    Map<String, MoneyView> categories, MoneyView total, LocalDate dueOn,
                                    ReportStatus status, String submittedBy, Instant submittedAt, String reviewedBy,
                                    Instant reviewedAt, String reviewComment, long version) {
}
