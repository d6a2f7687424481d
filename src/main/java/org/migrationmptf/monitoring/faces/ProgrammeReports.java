package org.migrationmptf.monitoring.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.migrationmptf.monitoring.api.CalendarEntry;
import org.migrationmptf.monitoring.api.CalendarFilter;
import org.migrationmptf.monitoring.api.ProgrammeReporting;
import org.migrationmptf.platform.security.Roles;
import org.migrationmptf.platform.security.CurrentUser;
import org.migrationmptf.platform.web.PageRequest;

/**
 * The reports a programme still owes (due or overdue, overdue first), for the programme page. Monitoring owns it
 * and programming's page includes it, so programming needs nothing of monitoring. Contributors, who do not read the
 * calendar, see nothing here.
 */
@Named
@RequestScoped
public class ProgrammeReports {

    @Inject
    ProgrammeReporting reporting;

    @Inject
    CurrentUser currentUser;

    private List<CalendarEntry> outstanding;

    public List<CalendarEntry> outstanding(String fund, long programmeId) {
        if (outstanding == null) {
            outstanding = currentUser.hasRole(Roles.CONTRIBUTOR) && currentUser.getRoles().size() == 1 ? List.of()
                    : reporting.calendar(fund, new CalendarFilter(false, programmeId, null, null),
                    new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                    .filter(e -> "OVERDUE".equals(e.standing()) || "DUE".equals(e.standing())).toList();
        }
        return outstanding;
    }
}
