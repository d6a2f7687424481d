package org.migrationmptf.monitoring.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migrationmptf.monitoring.api.CalendarEntry;
import org.migrationmptf.monitoring.api.CalendarFilter;
import org.migrationmptf.monitoring.api.ProgrammeReporting;
import org.migrationmptf.platform.security.Roles;
import org.migrationmptf.platform.web.Page;
import org.migrationmptf.platform.web.PageRequest;

/** What reports are due from whom and when; overdue ones first. */
@Path("/funds/{code}/reporting-calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.PUNO_FOCAL_POINT, Roles.AUDITOR})
@Tag(name = "Monitoring", description = "Results frameworks, progress and expenditure reports, reporting calendar")
public class ReportingCalendarResource {

    @Inject
    ProgrammeReporting reporting;

    @GET
    @Operation(summary = "Reports due for the programmes the caller may see; filter overdue, programme, organisation, kind")
    public Page<CalendarEntry> calendar(@PathParam("code") String fund, @BeanParam @Valid CalendarFilter filter,
                                        @BeanParam @Valid PageRequest page) {
        return reporting.calendar(fund, filter, page);
    }
}
