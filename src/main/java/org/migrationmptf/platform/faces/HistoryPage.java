package org.migrationmptf.platform.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.migrationmptf.platform.audit.AuditTrail;
import org.migrationmptf.platform.web.Page;
import org.migrationmptf.platform.web.PageRequest;

/** The history of one record ({@code history.xhtml?type=Decision&id=3}): who changed what, when. */
@Named
@ViewScoped
public class HistoryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditTrail trail;

    private String type;
    private String id;
    private Page<AuditTrail.Change> changes;

    /** f:viewAction. */
    public void load() {
        changes = trail.history(type, id, new PageRequest(0, PageRequest.MAX_SIZE));
    }

    public List<AuditTrail.Change> getChanges() {
        return changes == null ? List.of() : changes.items();
    }

    public long getTotal() {
        return changes == null ? 0 : changes.totalItems();
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
