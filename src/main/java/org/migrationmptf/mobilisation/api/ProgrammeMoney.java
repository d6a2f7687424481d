package org.migrationmptf.mobilisation.api;

import java.util.List;
import org.migrationmptf.platform.money.MoneyView;

/**
 * A programme's money in the ledger: what stands committed and not yet transferred, and per organisation what it
 * received and what it returned. Programming shows it and checks each organisation's share against it.
 */
public record ProgrammeMoney(long programmeId, MoneyView outstandingCommitment, MoneyView transferred,
                             MoneyView refunded, MoneyView expenditure, List<OrganisationMoney> organisations) {

    /** What one organisation received for the programme, what it returned and what it reported spent. */
    public record OrganisationMoney(long organisationId, MoneyView transferred, MoneyView refunded,
                                    MoneyView expenditure) {
    }
}
