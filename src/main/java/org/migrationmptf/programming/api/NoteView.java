package org.migrationmptf.programming.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.migrationmptf.platform.money.MoneyView;

/** A concept note, its status and, when ineligible, the screening's reasons. */
public record NoteView(long id, String fund, long callId, String lead, Set<String> organisations, String title,
                       String summary, Scope scope, int thematicArea, MoneyView requestedBudget, int durationMonths,
                       Integer genderMarker, Integer humanRightsMarker, Integer childMarker, Set<String> countries,
                       Set<Integer> objectives, Set<Integer> principles, NoteStatus status,
                       List<String> screeningReasons, Instant submittedAt, Long decisionId,
                       String averageScore, long version) {

    /** By its id only: see {@link org.migrationmptf.platform.web.Page} for why. */
    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
