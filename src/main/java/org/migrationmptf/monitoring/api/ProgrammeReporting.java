package org.migrationmptf.monitoring.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.migrationmptf.platform.web.Page;
import org.migrationmptf.platform.web.PageRequest;

/**
 * What programmes report: their results framework (set by the lead organisation), progress reports (a focal point
 * of a participating organisation submits; the FMU accepts or returns them) and yearly expenditure reports per
 * organisation (accepted ones are booked in the ledger and feed the funding status), and the calendar of what is
 * due from whom. Who may read a programme's reports is who may read the programme.
 */
public interface ProgrammeReporting {

    ResultsFrameworkView resultsFramework(long programmeId);

    /**
     * The results frameworks of those of these programmes the caller may see (the others are left out), keyed in the
     * order of the ids, in a few statements however many: for the whole-fund exports, a few hundred at a time.
     */
    java.util.Map<Long, ResultsFrameworkView> resultsFrameworks(java.util.List<Long> programmeIds);

    ResultsFrameworkView setResultsFramework(long programmeId,
                                             @NotNull(message = "a body is required") @Valid ResultsFrameworkRequest request);

    List<ProgressReportView> progressReports(long programmeId);

    ProgressReportView progressReport(long programmeId, long reportId);

    ProgressReportView submitProgressReport(long programmeId,
                                            @NotNull(message = "a body is required") @Valid ProgressReportRequest request);

    ProgressReportView reviewProgressReport(long programmeId, long reportId,
                                            @NotNull(message = "a body is required") @Valid ReviewDecision decision);

    List<ExpenditureReportView> expenditureReports(long programmeId);

    ExpenditureReportView submitExpenditureReport(long programmeId,
                                                  @NotNull(message = "a body is required") @Valid ExpenditureReportRequest request);

    ExpenditureReportView reviewExpenditureReport(long programmeId, long reportId,
                                                  @NotNull(message = "a body is required") @Valid ReviewDecision decision);

    /** What is due, when, from whom, for the fund's programmes the caller may see; overdue ones first when asked. */
    Page<CalendarEntry> calendar(String fund, @NotNull @Valid CalendarFilter filter, @NotNull @Valid PageRequest page);

    /**
     * How many reports are overdue, per kind (PROGRESS, EXPENDITURE; a kind with none is absent), for the fund's
     * programmes the caller may see: the same entries as the overdue calendar, counted in one pass.
     */
    java.util.Map<ReportKind, Long> overdueByKind(String fund);
}
