package org.migrationmptf.monitoring.api;

import org.migrationmptf.platform.money.MoneyView;

/**
 * The money side of the dashboard, from the funding status: contributions against the resource mobilisation target
 * (and the share reached), the balance with the Administrative Agent, money committed but not yet transferred,
 * transfers to organisations, expenditure they reported, the balance they hold, and the delivery rate.
 */
public record DashboardMoney(MoneyView contributions, MoneyView mobilisationTarget, String targetReached,
                             MoneyView balanceWithAdministrativeAgent, MoneyView committedNotTransferred,
                             MoneyView transfersToOrganisations, MoneyView expenditureReported,
                             MoneyView balanceWithOrganisations, String deliveryRate) {
}
