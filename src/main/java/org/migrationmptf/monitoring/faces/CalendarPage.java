package org.migrationmptf.monitoring.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.migrationmptf.monitoring.api.CalendarEntry;
import org.migrationmptf.monitoring.api.CalendarFilter;
import org.migrationmptf.monitoring.api.ProgrammeReporting;
import org.migrationmptf.monitoring.api.ReportKind;
import org.migrationmptf.platform.faces.FacesErrors;
import org.migrationmptf.platform.web.Page;
import org.migrationmptf.platform.web.PageRequest;

/**
 * The reporting calendar: what reports are due from whom and when, overdue ones first and highlighted; the FMU's
 * list of overdue reports when opened with {@code ?overdue=true}. Filters: overdue only, kind, organisation.
 */
@Named
@ViewScoped
public class CalendarPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammeReporting reporting;

    private String fund;
    private boolean overdue;
    private ReportKind kind;
    private String organisation;
    private Page<CalendarEntry> entries;

    /** f:viewAction. */
    public void load() {
        if (fund == null || fund.isBlank()) {
            fund = "MIG";
        }
        search();
    }

    public void search() {
        try {
            entries = reporting.calendar(fund.strip(), new CalendarFilter(overdue, null,
                    organisation == null || organisation.isBlank() ? null : organisation.strip(), kind),
                    new PageRequest(0, PageRequest.MAX_SIZE));
        } catch (RuntimeException e) {
            entries = null;
            FacesErrors.show(e, Map.of("organisation", "calendarForm:organisation"));
        }
    }

    public List<CalendarEntry> getItems() {
        return entries == null ? List.of() : entries.items();
    }

    public long getTotal() {
        return entries == null ? 0 : entries.totalItems();
    }

    public ReportKind[] getKinds() {
        return ReportKind.values();
    }

    public String getFund() {
        return fund;
    }

    public void setFund(String fund) {
        this.fund = fund;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public ReportKind getKind() {
        return kind;
    }

    public void setKind(ReportKind kind) {
        this.kind = kind;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }
}
