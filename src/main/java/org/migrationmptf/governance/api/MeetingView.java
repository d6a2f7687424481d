package org.migrationmptf.governance.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A Steering Committee meeting: its agenda, the members serving on its date and whether each attended, the quorum
 * and the decisions taken.
 */
public record MeetingView(long id, String fund, LocalDate meetsOn, String title, String location,
                          MeetingStatus status, List<String> agenda, List<Attendee> members, QuorumView quorum,
                          List<DecisionView> decisions, long version) {

    /** A member serving on the meeting's date, and whether they were present. */
    public record Attendee(long memberId, String fullName, Constituency constituency, String seat, boolean chair,
                           boolean present) {
    }

    /** How many members serve, how many attended, how many are needed, and whether that is enough. */
    public record QuorumView(int serving, int present, int required, boolean met) {
    }
}
