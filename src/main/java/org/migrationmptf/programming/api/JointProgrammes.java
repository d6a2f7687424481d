package org.migrationmptf.programming.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.migrationmptf.platform.web.Page;
import org.migrationmptf.platform.web.PageRequest;

/**
 * Joint programmes from the invited concept note to financial closure. The lead organisation's focal point drafts
 * and submits the document and its budget; the FMU approves it on an approve-allocation decision (the money is
 * committed then); {@link ProgrammeFunding} carries it from the first tranche to financial closure.
 */
public interface JointProgrammes {

    Page<ProgrammeSummary> programmes(@NotNull @Valid ProgrammeFilter filter, @NotNull @Valid PageRequest page);

    ProgrammeView programme(long id);

    /**
     * The programmes of these ids that the caller may see, as {@link #programme(long)} shows each, in the order of the
     * ids (the others are left out), in a few statements however many: for the whole-fund exports, which read every
     * approved programme a few hundred at a time.
     */
    List<ProgrammeView> programmes(List<Long> ids);

    /** Which of these programmes the caller may see, in one statement. */
    java.util.Set<Long> visibleAmong(java.util.Collection<Long> ids);

    /**
     * Fails exactly as {@link #programme(long)} does when there is no such programme or the caller may not see it,
     * and reads nothing more: for callers that need the permission, not the programme's money and budget.
     */
    void requireVisible(long id);

    /**
     * Every programme of the fund from approval on (approved, active, suspended, closed) that the caller may see,
     * oldest first: what reports, dashboards and exports are about.
     */
    java.util.List<ProgrammeSummary> approvedProgrammes(String fund);

    /**
     * The same, only those in one of the given statuses (the reporting calendar needs the programmes that still
     * report, not the many financially closed ones of a fund's history).
     */
    java.util.List<ProgrammeSummary> approvedProgrammes(String fund, java.util.Set<ProgrammeStatus> statuses);

    /** The same for one programme (a programme page's reports): empty when it is not among them. */
    java.util.List<ProgrammeSummary> approvedProgrammes(String fund, java.util.Set<ProgrammeStatus> statuses,
                                                        long programmeId);

    ProgrammeView draft(@NotNull(message = "a body is required") @Valid ProgrammeRequest request);

    ProgrammeView edit(long id, @NotNull(message = "a body is required") @Valid ProgrammeRequest request);

    ProgrammeView setBudget(long id, @NotNull(message = "a body is required") @Valid BudgetRequest request);

    /** The budget as it would stand, checked against the fund's cap, without saving it (for the live check). */
    BudgetView checkBudget(long id, @NotNull(message = "a body is required") @Valid BudgetRequest request);

    ProgrammeView submit(long id);

    /** Sends a submitted document back to its lead organisation for changes. */
    ProgrammeView returnToDraft(long id, @NotNull(message = "a body is required") @Valid RefusalRequest request);

    ProgrammeView approve(long id, @NotNull(message = "a body is required") @Valid DecisionReference request);

    ProgrammeView suspend(long id, @NotNull(message = "a body is required") @Valid StatusChangeRequest request);

    ProgrammeView resume(long id, @NotNull(message = "a body is required") @Valid StatusChangeRequest request);

    ProgrammeView cancel(long id, @NotNull(message = "a body is required") @Valid StatusChangeRequest request);
}
