package org.migrationmptf.programming.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.migrationmptf.platform.faces.FacesErrors;
import org.migrationmptf.platform.faces.PageTexts;
import org.migrationmptf.platform.security.CurrentUser;
import org.migrationmptf.platform.security.Roles;
import org.migrationmptf.programming.api.ConceptNoteReviews;
import org.migrationmptf.programming.api.NoteView;
import org.migrationmptf.programming.api.Ranking;

/**
 * The fund's pipeline ({@code pipeline.xhtml?fund=MIG}): notes the Steering Committee endorsed, ranked by average
 * score, with the running total against the money available for new approvals; a note the money does not cover is
 * marked. The FMU invites a covered note to a full programme document from here.
 */
@Named
@ViewScoped
public class PipelinePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConceptNoteReviews reviews;

    @Inject
    CurrentUser currentUser;

    private String fund;
    private Ranking pipeline;

    /** f:viewAction. */
    public void load() {
        if (fund == null || fund.isBlank()) {
            fund = "MIG";
        }
        pipeline = reviews.pipeline(fund);
    }

    public void invite(long noteId) {
        try {
            NoteView note = reviews.invite(noteId);
            pipeline = reviews.pipeline(fund);
            FacesErrors.done(PageTexts.text("pipeline.invited", note.title()));
        } catch (RuntimeException e) {
            FacesErrors.show(e, Inputs.of("pipelineForm"));
        }
    }

    public boolean isFundManager() {
        return currentUser.hasRole(Roles.FUND_MANAGER);
    }

    public String getFund() {
        return fund;
    }

    public void setFund(String fund) {
        this.fund = fund;
    }

    public Ranking getPipeline() {
        return pipeline;
    }
}
