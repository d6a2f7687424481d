package org.migrationmptf.mobilisation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.migrationmptf.platform.web.Page;
import org.migrationmptf.platform.web.PageRequest;

/**
 * Contributors, agreements, deposits and the fund's other money movements, as the Administrative Agent records
 * them; funding status and donor statements for those who read them.
 */
public interface ResourceMobilisation {

    Page<ContributorView> contributors(PipelineStage stage, ContributorType type, @NotNull @Valid PageRequest page);

    ContributorView contributor(long id);

    ContributorView registerContributor(@NotNull(message = "a body is required") @Valid ContributorRequest request);

    Page<AgreementView> agreements(String fund, Long contributorId, @NotNull @Valid PageRequest page);

    AgreementView agreement(String fund, long id);

    AgreementView signAgreement(String fund, @NotNull(message = "a body is required") @Valid AgreementRequest request);

    /** The deposit as it would be booked (value, fee), without booking it. */
    DepositView previewDeposit(String fund, @NotNull(message = "a body is required") @Valid DepositRequest request);

    /** Books a deposit and the Administrative Agent's fee on it; the same key books once and answers the same. */
    DepositView recordDeposit(String fund, @NotNull(message = "a body is required") @Valid DepositRequest request,
                              @Size(max = 100, message = "must be at most 100 characters") String idempotencyKey);

    JournalView recordEntry(String fund, @NotNull(message = "a body is required") @Valid LedgerEntryRequest request,
                            @Size(max = 100, message = "must be at most 100 characters") String idempotencyKey);

    JournalView reverse(String fund, long journalId,
                        @NotNull(message = "is required") @Size(min = 1, max = 300, message = "must be 1 to 300 characters") String reason,
                        @Size(max = 100, message = "must be at most 100 characters") String idempotencyKey);

    Page<JournalView> journals(String fund, LocalDate from, LocalDate to, @NotNull @Valid PageRequest page);

    FundingStatusView fundingStatus(String fund, LocalDate asOf);

    DonorStatement statement(long contributorId, LocalDate asOf);

    List<PoolAvailability> availability(String fund);
}
