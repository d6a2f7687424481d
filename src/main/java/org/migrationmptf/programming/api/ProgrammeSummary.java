package org.migrationmptf.programming.api;

import java.time.LocalDate;
import java.util.Set;
import org.migrationmptf.platform.money.MoneyView;

/** A joint programme in a list. */
public record ProgrammeSummary(long id, String fund, String title, String lead, Set<String> organisations,
                               Scope scope, int thematicArea, Set<String> regions, ProgrammeStatus status,
                               MoneyView budget, LocalDate startsOn, LocalDate endsOn) {

    /** By its id only: see {@link org.migrationmptf.platform.web.Page} for why. */
    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
