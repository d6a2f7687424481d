package org.migrationmptf.mobilisation.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.migrationmptf.governance.api.FundAdministration;
import org.migrationmptf.mobilisation.api.AgreementView;
import org.migrationmptf.mobilisation.api.DepositRequest;
import org.migrationmptf.mobilisation.api.DepositView;
import org.migrationmptf.mobilisation.api.ResourceMobilisation;
import org.migrationmptf.platform.faces.FacesErrors;
import org.migrationmptf.platform.faces.PageTexts;
import org.migrationmptf.platform.money.MoneyInput;
import org.migrationmptf.platform.security.CurrentUser;
import org.migrationmptf.platform.security.Roles;
import org.migrationmptf.platform.web.PageRequest;

/**
 * The agreements of the fund and one agreement's page: instalments (overdue ones flagged), money received, and for
 * the Administrative Agent a deposit form that shows the USD value and the fee before anything is booked.
 */
@Named
@ViewScoped
public class AgreementsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ResourceMobilisation mobilisation;

    @Inject
    FundAdministration funds;

    @Inject
    CurrentUser currentUser;

    private String fund;
    private Long id;
    private List<AgreementView> list;
    private AgreementView agreement;
    private DepositView preview;
    /** One key per deposit form: pressing Save twice books the deposit once. */
    private String idempotencyKey = UUID.randomUUID().toString();
    private final Map<String, Object> form = new HashMap<>();

    /** f:viewAction. */
    public void load() {
        if (fund == null || fund.isBlank()) {
            fund = "MIG";
        }
        if (id != null) {
            agreement = mobilisation.agreement(fund, id);
            form.putIfAbsent("valueDate", LocalDate.now());
            form.putIfAbsent("exchangeRate", BigDecimal.ONE);
        } else {
            list = mobilisation.agreements(fund, null, new PageRequest(0, PageRequest.MAX_SIZE)).items();
        }
    }

    public void previewDeposit() {
        try {
            preview = mobilisation.previewDeposit(fund, request());
        } catch (RuntimeException e) {
            preview = null;
            FacesErrors.show(e, inputs());
        }
    }

    public void recordDeposit() {
        try {
            DepositView booked = mobilisation.recordDeposit(fund, request(), idempotencyKey);
            idempotencyKey = UUID.randomUUID().toString();
            preview = null;
            form.remove("amount");
            agreement = mobilisation.agreement(fund, id);
            FacesErrors.done(PageTexts.text("deposit.recorded", booked.amount().currency() + " "
                    + booked.amount().amount(), booked.reportingValue().currency() + " " + booked.reportingValue().amount(),
                    booked.fee().amount()));
        } catch (RuntimeException e) {
            FacesErrors.show(e, inputs());
        }
    }

    private DepositRequest request() {
        BigDecimal amount = (BigDecimal) form.get("amount");
        return new DepositRequest(id, (Long) form.get("instalmentId"), (LocalDate) form.get("valueDate"),
                amount == null ? null : new MoneyInput(amount, agreement.total().currency()),
                (BigDecimal) form.get("exchangeRate"));
    }

    private static Map<String, String> inputs() {
        return Map.of("amount", "depositForm:amount", "amount.amount", "depositForm:amount",
                "valueDate", "depositForm:valueDate", "exchangeRate", "depositForm:rate",
                "instalmentId", "depositForm:instalment", "currency", "depositForm:amount");
    }

    public boolean isAgent() {
        return currentUser.hasRole(Roles.ADMIN_AGENT);
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

    public List<AgreementView> getList() {
        return list;
    }

    public AgreementView getAgreement() {
        return agreement;
    }

    public DepositView getPreview() {
        return preview;
    }

    public Map<String, Object> getForm() {
        return form;
    }
}
