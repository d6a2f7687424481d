package org.migrationmptf.mobilisation.api;

import java.time.LocalDate;
import org.migrationmptf.platform.money.MoneyView;

/**
 * One money event of a programme in the ledger, for reports and exports: a commitment (or its release, negative),
 * a transfer to an organisation, a refund from one, reported expenditure. {@code organisationId} is empty for
 * commitments.
 */
public record ProgrammeTransaction(long journalId, long programmeId, JournalKind kind, LocalDate valueDate,
                                   Long organisationId, MoneyView amount) {
}
