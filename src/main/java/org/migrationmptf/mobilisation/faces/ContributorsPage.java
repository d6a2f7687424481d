package org.migrationmptf.mobilisation.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.migrationmptf.mobilisation.api.ContributorRequest;
import org.migrationmptf.mobilisation.api.ContributorType;
import org.migrationmptf.mobilisation.api.ContributorView;
import org.migrationmptf.mobilisation.api.PipelineStage;
import org.migrationmptf.mobilisation.api.ResourceMobilisation;
import org.migrationmptf.platform.faces.Choices;
import org.migrationmptf.platform.faces.FacesErrors;
import org.migrationmptf.platform.faces.PageTexts;
import org.migrationmptf.platform.money.MoneyInput;
import org.migrationmptf.platform.security.CurrentUser;
import org.migrationmptf.platform.security.Roles;
import org.migrationmptf.platform.web.PageRequest;

/** Contributors and the resource mobilisation pipeline; the Administrative Agent and the FMU register contributors. */
@Named
@ViewScoped
public class ContributorsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ResourceMobilisation mobilisation;

    @Inject
    CurrentUser currentUser;

    private List<ContributorView> list;
    private final Map<String, Object> form = new HashMap<>();

    public List<ContributorView> getList() {
        if (list == null) {
            list = mobilisation.contributors(null, null, new PageRequest(0, PageRequest.MAX_SIZE)).items();
        }
        return list;
    }

    public void register() {
        try {
            BigDecimal expected = (BigDecimal) form.get("expectedAmount");
            String currency = (String) form.get("expectedCurrency");
            ContributorView created = mobilisation.registerContributor(new ContributorRequest(
                    (String) form.get("name"), Choices.of(ContributorType.class, form.get("type")),
                    blankToNull((String) form.get("countryCode")), (String) form.get("contactName"),
                    blankToNull((String) form.get("contactEmail")), Choices.of(PipelineStage.class, form.get("stage")),
                    expected == null ? null : new MoneyInput(expected, currency)));
            list = null;
            form.clear();
            FacesErrors.done(PageTexts.text("contributors.registered", created.name()));
        } catch (RuntimeException e) {
            FacesErrors.show(e, Map.of("name", "newForm:name", "type", "newForm:type", "countryCode", "newForm:country",
                    "contactEmail", "newForm:email", "expected.amount", "newForm:expected",
                    "expected.currency", "newForm:expectedCurrency", "expected", "newForm:expected"));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public boolean isEditable() {
        return currentUser.hasRole(Roles.ADMIN_AGENT) || currentUser.hasRole(Roles.FUND_MANAGER);
    }

    public ContributorType[] getTypes() {
        return ContributorType.values();
    }

    public PipelineStage[] getStages() {
        return PipelineStage.values();
    }

    public Map<String, Object> getForm() {
        return form;
    }
}
