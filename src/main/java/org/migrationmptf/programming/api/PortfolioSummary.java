package org.migrationmptf.programming.api;

import java.util.List;

/** Every figure of {@link ProgrammePortfolio} at once (one look-up of the fund and its areas for all of them). */
public record PortfolioSummary(List<Allocation> byThematicArea, List<Allocation> byRegion,
                               List<Allocation> byOrganisation, List<Allocation> byScope, List<Allocation> byStatus,
                               List<Allocation> byProgramme, List<MarkerScore> markers,
                               List<ObjectiveCoverage> objectives) {
}
