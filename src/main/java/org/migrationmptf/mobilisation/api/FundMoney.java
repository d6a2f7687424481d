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

    /** Money an organisation returns: it goes back into the pool it came from and counts in the funding status. */
    JournalView refundFromOrganisation(String fund,
                                       @NotNull(message = "a body is required") @Valid OrganisationRefundRequest request,
                                       @Size(max = 100, message = "must be at most 100 characters") String idempotencyKey);

    JournalView transfer(String fund, @NotNull(message = "a body is required") @Valid TransferRequest request,
                         @Size(max = 100, message = "must be at most 100 characters") String idempotencyKey);
}
