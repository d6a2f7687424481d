package org.migrationmptf.monitoring.api;

import java.time.LocalDate;
import java.util.List;
import org.migrationmptf.programming.api.MarkerScore;
import org.migrationmptf.programming.api.ObjectiveCoverage;

/**
 * Everything on the fund's dashboard, as of a day, in the fund's reporting currency. {@code pipeline} is null for a
 * caller who does not read the pipeline.
 */
public record DashboardView(String fund, String currency, LocalDate asOf, DashboardMoney money,
                            DashboardAllocations allocations, DashboardPipeline pipeline,
                            List<DashboardDelivery> deliveryByOrganisation, List<DashboardDelivery> deliveryByProgramme,
                            List<MarkerScore> markers, List<ObjectiveCoverage> objectives,
                            DashboardOverdue overdueReports) {
}
