package org.migrationmptf.mobilisation.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.migrationmptf.governance.api.FundAdministration;
import org.migrationmptf.mobilisation.api.FundingStatusView;
import org.migrationmptf.mobilisation.api.ResourceMobilisation;
import org.migrationmptf.platform.faces.FacesErrors;
import org.migrationmptf.platform.money.MoneyView;

/**
 * The funding status page: the table as the MPTF Office publishes it, as of a chosen day, and contributions against
 * the resource mobilisation target as a chart.
 */
@Named
@ViewScoped
public class FundingStatusPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ResourceMobilisation mobilisation;

    @Inject
    FundAdministration funds;

    private String fund;
    private LocalDate asOf = LocalDate.now();
    private FundingStatusView status;

    /** One line of the published table. */
    public record Line(String key, MoneyView amount, boolean total) {
    }

    /** f:viewAction. */
    public void load() {
        if (fund == null || fund.isBlank()) {
            fund = funds.funds(new org.migrationmptf.platform.web.PageRequest(0, 1)).items().get(0).code();
        }
        refresh();
    }

    public void refresh() {
        try {
            status = mobilisation.fundingStatus(fund, asOf);
        } catch (RuntimeException e) {
            FacesErrors.show(e, Map.of("asOf", "statusForm:asOf"));
        }
    }

    public List<Line> getLines() {
        FundingStatusView s = status;
        return List.of(new Line("fs.contributions", s.contributions(), false), new Line("fs.interest", s.interest(), false),
                new Line("fs.otherIncome", s.otherIncome(), false), new Line("fs.totalSources", s.totalSources(), true),
                new Line("fs.transfersToOrganisations", s.transfersToOrganisations(), false),
                new Line("fs.transfersToOtherFunds", s.transfersToOtherFunds(), false),
                new Line("fs.refundsToContributors", s.refundsToContributors(), false),
                new Line("fs.aaFees", s.administrativeAgentFees(), false), new Line("fs.directCosts", s.directCosts(), false),
                new Line("fs.bankCharges", s.bankCharges(), false), new Line("fs.totalUses", s.totalUses(), true),
                new Line("fs.refundsFromOrganisations", s.refundsFromOrganisations(), false),
                new Line("fs.balance", s.balanceWithAdministrativeAgent(), true),
                new Line("fs.committed", s.committedNotTransferred(), false));
    }

    /** Chart.js configuration: contributions received against the target, in millions. */
    public String getTargetChart() {
        BigDecimal received = new BigDecimal(status.contributions().amount());
        BigDecimal target = new BigDecimal(status.mobilisationTarget().amount());
        BigDecimal rest = target.subtract(received).max(BigDecimal.ZERO);
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", Json.createArrayBuilder().add(status.fund()))
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", "Received")
                                        .add("data", Json.createArrayBuilder().add(received))
                                        .add("backgroundColor", "#0b3d63"))
                                .add(Json.createObjectBuilder().add("label", "Still to mobilise")
                                        .add("data", Json.createArrayBuilder().add(rest))
                                        .add("backgroundColor", "#c9d6e3"))))
                .add("options", Json.createObjectBuilder()
                        .add("indexAxis", "y")
                        .add("responsive", true)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("stacked", true))
                                .add("y", Json.createObjectBuilder().add("stacked", true))))
                .build().toString();
    }

    public FundingStatusView getStatus() {
        return status;
    }

    public String getFund() {
        return fund;
    }

    public void setFund(String fund) {
        this.fund = fund;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }
}
