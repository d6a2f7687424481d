package org.migrationmptf.governance.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.migrationmptf.governance.api.DecisionFilter;
import org.migrationmptf.governance.api.DecisionRegister;
import org.migrationmptf.governance.api.DecisionType;
import org.migrationmptf.governance.api.DecisionView;
import org.migrationmptf.governance.service.GovernanceSettings;
import org.migrationmptf.platform.faces.FacesErrors;
import org.migrationmptf.platform.web.Page;
import org.migrationmptf.platform.web.PageRequest;

/**
 * The decision register: search by words and type; the newest 200 matching decisions are shown, filtered further,
 * paged and exported to CSV in the table.
 */
@Named
@ViewScoped
public class DecisionRegisterPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DecisionRegister register;

    @Inject
    GovernanceSettings settings;

    private String q;
    private DecisionType type;
    private Page<DecisionView> result;

    public void search() {
        try {
            result = register.decisions(settings.defaultFund(), new DecisionFilter(type, q, null, null, null, null),
                    new PageRequest(0, PageRequest.MAX_SIZE));
        } catch (RuntimeException e) {
            FacesErrors.show(e, Map.of("q", "searchForm:q"));
        }
    }

    public List<DecisionView> getDecisions() {
        if (result == null) {
            search();
        }
        return result == null ? List.of() : result.items();
    }

    public long getTotal() {
        return result == null ? 0 : result.totalItems();
    }

    public DecisionType[] getDecisionTypes() {
        return DecisionType.values();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public DecisionType getType() {
        return type;
    }

    public void setType(DecisionType type) {
        this.type = type;
    }
}
