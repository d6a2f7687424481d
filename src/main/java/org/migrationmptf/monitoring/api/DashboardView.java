package org.migrationmptf.monitoring.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.migrationmptf.programming.api.MarkerScore;
import org.migrationmptf.programming.api.ObjectiveCoverage;

/**
 * Everything on the fund's dashboard, as of a day, in the fund's reporting currency. {@code pipeline} is null for a
 * caller who does not read the pipeline. {@code deliveryByProgramme} holds the programmes that hold the most money
 * not yet reported spent (at most {@link #PROGRAMMES_SHOWN}), of {@code programmesWithTransfers}; the whole list is
 * the programmes list. {@code computedAt} is when these figures were built (see the dashboard's snapshots).
 */
public record DashboardView(String fund, String currency, LocalDate asOf, DashboardMoney money,
                            DashboardAllocations allocations, DashboardPipeline pipeline,
                            List<DashboardDelivery> deliveryByOrganisation, List<DashboardDelivery> deliveryByProgramme,
                            List<MarkerScore> markers, List<ObjectiveCoverage> objectives,
                            DashboardOverdue overdueReports, long programmesWithTransfers, Instant computedAt) {

    public static final int PROGRAMMES_SHOWN = 20;
}
