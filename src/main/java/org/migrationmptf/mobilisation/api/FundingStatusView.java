package org.migrationmptf.mobilisation.api;

import java.time.LocalDate;
import org.migrationmptf.platform.money.MoneyView;

/**
 * The funding status as the MPTF Office publishes it, as of a day. Sources: contributions, interest, other
 * income. Uses: transfers to organisations and to other funds, refunds to contributors, Administrative Agent fees,
 * direct costs, bank charges. Balance with the Administrative Agent = sources - uses + refunds received from
 * organisations. Balance with organisations = transfers - expenditure reported - refunds received from them;
 * delivery rate = expenditure / transfers. Progress is contributions against the resource mobilisation target.
 */
public record FundingStatusView(String fund, LocalDate asOf, MoneyView contributions, MoneyView interest,
                                MoneyView otherIncome, MoneyView totalSources, MoneyView transfersToOrganisations,
                                MoneyView transfersToOtherFunds, MoneyView refundsToContributors,
                                MoneyView administrativeAgentFees, MoneyView directCosts, MoneyView bankCharges,
                                MoneyView totalUses, MoneyView refundsFromOrganisations,
                                MoneyView balanceWithAdministrativeAgent, MoneyView committedNotTransferred,
                                MoneyView mobilisationTarget, String targetReached, MoneyView expenditureReported,
                                MoneyView balanceWithOrganisations, String deliveryRate) {
}
