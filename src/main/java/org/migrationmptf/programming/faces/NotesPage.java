package org.migrationmptf.programming.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.migrationmptf.platform.faces.Choices;
import org.migrationmptf.platform.faces.FacesErrors;
import org.migrationmptf.platform.security.CurrentUser;
import org.migrationmptf.platform.security.Roles;
import org.migrationmptf.platform.web.Page;
import org.migrationmptf.platform.web.PageRequest;
import org.migrationmptf.programming.api.ConceptNotes;
import org.migrationmptf.programming.api.NoteStatus;
import org.migrationmptf.programming.api.NoteView;

/**
 * The concept notes the user may see, newest first, by status: a focal point its organisation's, the FMU and
 * auditors all, the Steering Committee all but drafts.
 */
@Named
@ViewScoped
public class NotesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConceptNotes notes;

    @Inject
    CurrentUser currentUser;

    private String status;
    private Page<NoteView> result;

    /** f:viewAction. */
    public void load() {
        search();
    }

    public void search() {
        try {
            result = notes.notes(Choices.of(NoteStatus.class, status), new PageRequest(0, PageRequest.MAX_SIZE));
        } catch (RuntimeException e) {
            result = null;
            FacesErrors.show(e, Inputs.of("searchForm", "status", "status"));
        }
    }

    public List<NoteView> getList() {
        return result == null ? List.of() : result.items();
    }

    public long getTotal() {
        return result == null ? 0 : result.totalItems();
    }

    public boolean isFocalPoint() {
        return currentUser.hasRole(Roles.PUNO_FOCAL_POINT);
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
