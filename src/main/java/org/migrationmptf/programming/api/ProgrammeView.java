package org.migrationmptf.programming.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.migrationmptf.platform.money.MoneyView;

/**
 * A joint programme: what it is, its budget matrix, and its money from the ledger (committed and not yet
 * transferred, transferred and refunded per organisation, what each may still receive).
 */
public record ProgrammeView(long id, String fund, long conceptNoteId, String title, String lead,
                            Set<String> organisations, Scope scope, int thematicArea, Set<String> countries,
                            Set<String> regions, LocalDate startsOn, LocalDate endsOn, ProgrammeStatus status,
                            Long approvalDecisionId, BudgetView budget, MoneyView outstandingCommitment,
                            List<OrganisationMoney> money, LocalDate operationallyClosedOn,
                            LocalDate financiallyClosedOn, long version) {

    /**
     * One organisation's money in the programme: its approved share, what it received and returned, what it may
     * still receive, and its final expenditure once reported.
     */
    public record OrganisationMoney(String organisation, MoneyView share, MoneyView transferred, MoneyView refunded,
                                    MoneyView remaining, MoneyView finalExpenditure) {
    }
}
