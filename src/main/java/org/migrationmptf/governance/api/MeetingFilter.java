package org.migrationmptf.governance.api;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;

/** Narrows the meeting list: by status and by date range (inclusive). */
public class MeetingFilter {

    @QueryParam("status")
    private MeetingStatus status;

    @QueryParam("from")
    private LocalDate from;

    @QueryParam("to")
    private LocalDate to;

    public MeetingFilter() {
    }

    public MeetingFilter(MeetingStatus status, LocalDate from, LocalDate to) {
        this.status = status;
        this.from = from;
        this.to = to;
    }

    public MeetingStatus status() {
        return status;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }
}
