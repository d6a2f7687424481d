package org.migrationmptf.monitoring.api;

import org.migrationmptf.platform.money.MoneyView;

/**
 * Concept notes the Steering Committee endorsed into the pipeline: how many, their requested total, the money
 * available for new approvals, how many of them (in rank order) it covers, and the shortfall (zero when covered).
 */
public record DashboardPipeline(int notes, MoneyView total, MoneyView available, int covered, MoneyView shortfall) {
}
