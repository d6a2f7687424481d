package org.migrationmptf.monitoring.api;

import java.util.List;
import org.migrationmptf.platform.money.MoneyView;
import org.migrationmptf.programming.api.Allocation;

/**
 * Approved budgets of the programmes from approval on (cancelled ones left out): the total and the number of
 * programmes, then grouped. Thematic areas, scopes and statuses add up to the total, and so do organisations (each
 * its share of the budgets); regions may add up to more (a programme counts fully in each region it works in).
 */
public record DashboardAllocations(MoneyView total, long programmes, List<Allocation> byThematicArea,
                                   List<Allocation> byRegion, List<Allocation> byOrganisation, List<Allocation> byScope,
                                   List<Allocation> byStatus) {
}
