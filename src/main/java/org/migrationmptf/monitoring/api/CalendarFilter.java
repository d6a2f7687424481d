package org.migrationmptf.monitoring.api;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/** Filters of the reporting calendar: only overdue reports, one programme, one organisation, one kind. */
public class CalendarFilter {

    @QueryParam("overdue")
    private boolean overdue;

    @QueryParam("programme")
    @Positive(message = "must be a programme id")
    private Long programme;

    @QueryParam("organisation")
    @Size(max = 20, message = "must be at most 20 characters")
    private String organisation;

    @QueryParam("kind")
    private ReportKind kind;

    public CalendarFilter() {
    }

    public CalendarFilter(boolean overdue, Long programme, String organisation, ReportKind kind) {
        this.overdue = overdue;
        this.programme = programme;
        this.organisation = organisation;
        this.kind = kind;
    }

    public boolean overdue() {
        return overdue;
    }

    public Long programme() {
        return programme;
    }

    public String organisation() {
        return organisation;
    }

    public ReportKind kind() {
        return kind;
    }
}
