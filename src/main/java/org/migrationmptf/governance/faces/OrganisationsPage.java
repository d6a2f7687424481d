package org.migrationmptf.governance.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.migrationmptf.governance.api.OrganisationFilter;
import org.migrationmptf.governance.api.OrganisationRequest;
import org.migrationmptf.governance.api.OrganisationView;
import org.migrationmptf.governance.api.Organisations;
import org.migrationmptf.platform.faces.FacesErrors;
import org.migrationmptf.platform.faces.PageTexts;
import org.migrationmptf.platform.security.CurrentUser;
import org.migrationmptf.platform.security.Roles;
import org.migrationmptf.platform.web.PageRequest;

/** The Participating UN Organisations page; the FMU registers a new organisation here. */
@Named
@ViewScoped
public class OrganisationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Organisations organisations;

    @Inject
    CurrentUser currentUser;

    private List<OrganisationView> list;
    private final Map<String, Object> form = new HashMap<>();

    public List<OrganisationView> getList() {
        if (list == null) {
            list = organisations.organisations(new OrganisationFilter(null, null), new PageRequest(0, PageRequest.MAX_SIZE))
                    .items();
        }
        return list;
    }

    public void register() {
        try {
            OrganisationView created = organisations.register(new OrganisationRequest((String) form.get("acronym"),
                    (String) form.get("name"), (LocalDate) form.get("mouSignedOn"), null));
            list = null;
            form.clear();
            FacesErrors.done(PageTexts.text("organisations.registered", created.acronym()));
        } catch (RuntimeException e) {
            FacesErrors.show(e, Map.of("acronym", "newForm:acronym", "name", "newForm:name",
                    "mouSignedOn", "newForm:mou"));
        }
    }

    public boolean isEditable() {
        return currentUser.hasRole(Roles.FUND_MANAGER);
    }

    public Map<String, Object> getForm() {
        return form;
    }
}
