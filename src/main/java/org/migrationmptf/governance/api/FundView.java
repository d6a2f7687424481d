package org.migrationmptf.governance.api;

import org.migrationmptf.platform.money.MoneyView;

/**
 * A fund and its parameters. Rates are fractions as decimal strings ("0.01" is 1%); due dates are month-day
 * ("04-30").
 */
public record FundView(long id, String code, String name, String reportingCurrency, String administrativeAgentFeeRate,
                       String indirectCostCapRate, MoneyView mobilisationTarget, MoneyView operatingReserve,
                       String expenditureReportDue, String progressReportDue, ProgressReporting progressReporting,
                       int minimumOrganisations, MoneyView conceptNoteBudgetCeiling,
                       int conceptNoteMaxDurationMonths, int quorumPercent, long version) {
}
