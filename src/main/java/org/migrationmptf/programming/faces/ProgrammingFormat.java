package org.migrationmptf.programming.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.migrationmptf.platform.money.MoneyView;
import org.migrationmptf.programming.api.CallStatus;
import org.migrationmptf.programming.api.NoteStatus;
import org.migrationmptf.programming.api.ProgrammeStatus;
import org.migrationmptf.programming.api.RevisionKind;
import org.migrationmptf.programming.api.Scope;

/** How the programming pages write amounts and rates, and the choices every one of them offers. */
@Named("programming")
@ApplicationScoped
public class ProgrammingFormat {

    /** "USD 1500000.00", or empty when there is no amount. */
    public String money(MoneyView money) {
        return money == null ? "" : money.currency() + " " + money.amount();
    }

    /** Acronyms, codes or numbers in order, comma-separated; a dash when there are none. */
    public String list(java.util.Collection<?> items) {
        if (items == null || items.isEmpty()) {
            return "–";
        }
        return items.stream().map(String::valueOf).sorted().collect(java.util.stream.Collectors.joining(", "));
    }

    /** A rate as a fraction ("0.0700") written as a percentage ("7%"); empty when there is none. */
    public String percent(String rate) {
        if (rate == null || rate.isBlank()) {
            return "";
        }
        return new BigDecimal(rate).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    public List<Scope> getScopes() {
        return Arrays.asList(Scope.values());
    }

    public List<CallStatus> getCallStatuses() {
        return Arrays.asList(CallStatus.values());
    }

    public List<NoteStatus> getNoteStatuses() {
        return Arrays.asList(NoteStatus.values());
    }

    public List<ProgrammeStatus> getProgrammeStatuses() {
        return Arrays.asList(ProgrammeStatus.values());
    }

    public List<RevisionKind> getRevisionKinds() {
        return Arrays.asList(RevisionKind.values());
    }

    /** Marker scores, 0 (none) to 3 (principal objective). */
    public List<Integer> getMarkerScores() {
        return List.of(0, 1, 2, 3);
    }

    /** Review scores, 1 (weak) to 5 (strong). */
    public List<Integer> getReviewScores() {
        return List.of(1, 2, 3, 4, 5);
    }
}
