package org.migrationmptf.programming.api;

import java.time.Instant;
import org.migrationmptf.platform.money.MoneyView;

/** A tranche transferred: to whom, its number for that organisation, the decision, the amount and the journal. */
public record TransferView(long id, long programmeId, String organisation, int tranche, long decisionId,
                           MoneyView amount, long journalId, String transferredBy, Instant transferredAt) {
}
