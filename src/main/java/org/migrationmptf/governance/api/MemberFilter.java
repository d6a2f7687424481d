package org.migrationmptf.governance.api;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;

/** Narrows the member list: by constituency, and to those serving on a day ({@code servingOn=YYYY-MM-DD}). */
public class MemberFilter {

    @QueryParam("constituency")
    private Constituency constituency;

    @QueryParam("servingOn")
    private LocalDate servingOn;

    public MemberFilter() {
    }

    public MemberFilter(Constituency constituency, LocalDate servingOn) {
        this.constituency = constituency;
        this.servingOn = servingOn;
    }

    public Constituency constituency() {
        return constituency;
    }

    public LocalDate servingOn() {
        return servingOn;
    }
}
