package org.migrationmptf.mobilisation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What programming uses to move approved money: how much each earmark pool has available, committing money to a
 * programme and transferring it to an organisation. No pool and no fund ever goes below zero, whatever arrives at
 * the same moment, and a request repeated with the same idempotency key is booked once.
 */
public interface FundMoney {

    List<PoolAvailability> availability(String fund);

    JournalView commit(String fund, @NotNull(message = "a body is required") @Valid CommitmentRequest request,
                       @Size(max = 100, message = "must be at most 100 characters") String idempotencyKey);

    /**
     * Releases committed money that will not be transferred back to the pools it was drawn from (earmarked ones
     * first). Refused when more is asked than stands committed.
     */
    JournalView release(String fund, @NotNull(message = "a body is required") @Valid ReleaseRequest request,
                        @Size(max = 100, message = "must be at most 100 characters") String idempotencyKey);

    /** A programme's committed, transferred and refunded money, from the ledger. */
    ProgrammeMoney programmeMoney(String fund, long programmeId);

    /**
     * The same for many programmes in a few statements, one entry per programme asked, in the order asked: for the
     * whole-fund exports, which read a few hundred programmes at a time.
     */
    java.util.Map<Long, ProgrammeMoney> programmeMoney(String fund, java.util.Collection<Long> programmeIds);

    /**
     * Money an organisation returns: it goes back into the pool it came from (when the request names none, into the
     * pools the organisation received this programme's money from) and counts in the funding status.
     */
    JournalView refundFromOrganisation(String fund,
                                       @NotNull(message = "a body is required") @Valid OrganisationRefundRequest request,
                                       @Size(max = 100, message = "must be at most 100 characters") String idempotencyKey);

    JournalView transfer(String fund, @NotNull(message = "a body is required") @Valid TransferRequest request,
                         @Size(max = 100, message = "must be at most 100 characters") String idempotencyKey);

    /**
     * Books expenditure an organisation reported and the FMU accepted; refused (409) when it would exceed what the
     * organisation holds of the programme's money (received, less returned, less expenditure already booked).
     */
    JournalView recordExpenditure(String fund, @NotNull(message = "a body is required") @Valid ExpenditureRequest request,
                                  @Size(max = 100, message = "must be at most 100 characters") String idempotencyKey);

    /** Transfers, refunds and expenditure grouped per programme or per organisation, summed in the database. */
    List<DeliveryLine> delivery(String fund, @NotNull DeliveryGrouping by);

    /**
     * The fund's ledger version: its newest journal's id (0 before the first). Bookings of a fund are serialised and
     * an id is never given twice, so a figure computed from the ledger stays true for as long as this is unchanged.
     */
    long ledgerVersion(String fund);

    /** Every commitment, transfer, refund and expenditure of the fund's programmes, oldest first. */
    List<ProgrammeTransaction> programmeTransactions(String fund);
}
