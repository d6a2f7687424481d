package org.migrationmptf.programming.api;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The fund's portfolio of joint programmes in figures, for dashboards: what the Steering Committee has allocated
 * (the approved budgets of programmes from approval on, cancelled ones left out, revisions included), and what that
 * money addresses (markers, GCM objectives). Every figure is summed in the database, in a fixed number of queries
 * whatever the number of programmes. Fund-wide totals: every role may read them.
 */
public interface ProgrammePortfolio {

    /**
     * Approved budgets grouped as asked, largest first. By organisation, each organisation's share of the budgets;
     * otherwise whole programmes. A programme working in countries of several regions counts fully in each of its
     * regions (so regions may add up to more than the total); one with no country in a region (global) has the key
     * {@code ""}.
     */
    List<Allocation> allocations(String fund, @NotNull AllocationGrouping by);

    /** For each marker (gender, human rights, child-sensitivity) and score 0-3: programmes and their approved money. */
    List<MarkerScore> markerScores(String fund);

    /**
     * For each of the 23 GCM objectives: the programmes whose concept note addresses it and their approved money. A
     * programme counts fully toward each objective it addresses, so the objectives add up to more than the total.
     */
    List<ObjectiveCoverage> objectiveCoverage(String fund);

    /** All of the above in one call, for a dashboard. */
    PortfolioSummary summary(String fund);
}
