package org.migrationmptf.programming.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.function.Supplier;
import org.migrationmptf.platform.faces.FacesErrors;
import org.migrationmptf.platform.faces.PageTexts;
import org.migrationmptf.platform.security.CurrentUser;
import org.migrationmptf.platform.security.Roles;
import org.migrationmptf.programming.api.CallStatus;
import org.migrationmptf.programming.api.CallView;
import org.migrationmptf.programming.api.CallsForNotes;
import org.migrationmptf.programming.api.ConceptNoteReviews;
import org.migrationmptf.programming.api.Ranking;

/**
 * One call for concept notes ({@code call.xhtml?id=3}): its terms, the FMU's next step, and for the FMU, the
 * committee and auditors its review board (the notes under review ranked by average score, with the running
 * total against the money available).
 */
@Named
@ViewScoped
public class CallPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CallsForNotes calls;

    @Inject
    ConceptNoteReviews reviews;

    @Inject
    CurrentUser currentUser;

    private String fund;
    private Long id;
    private CallView call;
    private Ranking board;

    /** f:viewAction. */
    public void load() {
        if (fund == null || fund.isBlank()) {
            fund = "MIG";
        }
        call = calls.call(fund, id == null ? 0 : id);
        board = isBoardReader() ? reviews.reviewBoard(fund, call.id()) : null;
    }

    public void open() {
        move(() -> calls.open(fund, id), "calls.opened");
    }

    public void close() {
        move(() -> calls.close(fund, id), "calls.closed");
    }

    public void decide() {
        move(() -> calls.decide(fund, id), "calls.decided");
    }

    private void move(Supplier<CallView> step, String doneKey) {
        try {
            call = step.get();
            board = isBoardReader() ? reviews.reviewBoard(fund, call.id()) : null;
            FacesErrors.done(PageTexts.text(doneKey, call.title()));
        } catch (RuntimeException e) {
            FacesErrors.show(e, Inputs.of("actionsForm"));
        }
    }

    public boolean isFundManager() {
        return currentUser.hasRole(Roles.FUND_MANAGER);
    }

    /** A focal point may draft a note for an open call. */
    public boolean isDraftable() {
        return currentUser.hasRole(Roles.PUNO_FOCAL_POINT) && call.status() == CallStatus.OPEN;
    }

    /** The review board is for the FMU, the Steering Committee and auditors. */
    public boolean isBoardReader() {
        return currentUser.hasRole(Roles.FUND_MANAGER) || currentUser.hasRole(Roles.SC_MEMBER)
                || currentUser.hasRole(Roles.AUDITOR);
    }

    public String getFund() {
        return fund;
    }

    public void setFund(String fund) {
        this.fund = fund;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CallView getCall() {
        return call;
    }

    public Ranking getBoard() {
        return board;
    }
}
