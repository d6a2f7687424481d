package org.migrationmptf.programming.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An approved programme's money and changes: tranches the Administrative Agent transfers as decisions instruct
 * (never beyond an organisation's share, booked once per idempotency key), budget revisions and no-cost extensions,
 * final expenditure and refunds of unspent balances, and closure. Every money step goes through the ledger
 * ({@code mobilisation.api.FundMoney}).
 */
public interface ProgrammeFunding {

    List<TransferView> transfers(long id);

    TransferView transfer(long id, @NotNull(message = "a body is required") @Valid TrancheRequest request,
                          @NotNull(message = "is required: a transfer is booked once per key")
                          @Size(min = 1, max = 60, message = "must be 1 to 60 characters") String idempotencyKey);

    List<RevisionView> revisions(long id);

    RevisionView requestRevision(long id, @NotNull(message = "a body is required") @Valid RevisionRequest request);

    RevisionView approveRevision(long id, long revisionId,
                                 @NotNull(message = "a body is required") @Valid DecisionReference request);

    RevisionView refuseRevision(long id, long revisionId,
                                @NotNull(message = "a body is required") @Valid RefusalRequest request);

    ProgrammeView reportFinalExpenditure(long id,
                                         @NotNull(message = "a body is required") @Valid FinalExpenditureRequest request);

    ProgrammeView recordRefund(long id, @NotNull(message = "a body is required") @Valid UnspentRefundRequest request,
                               @Size(max = 60, message = "must be at most 60 characters") String idempotencyKey);

    ProgrammeView close(long id, @NotNull(message = "a body is required") @Valid ClosureRequest request);

}
