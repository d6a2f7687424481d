package org.migrationmptf.governance.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.migrationmptf.governance.api.FundAdministration;
import org.migrationmptf.governance.api.FundParametersRequest;
import org.migrationmptf.governance.api.FundView;
import org.migrationmptf.governance.api.ProgressReporting;
import org.migrationmptf.governance.api.ThematicAreaView;
import org.migrationmptf.governance.service.GovernanceSettings;
import org.migrationmptf.platform.faces.FacesErrors;
import org.migrationmptf.platform.faces.PageTexts;
import org.migrationmptf.platform.security.CurrentUser;
import org.migrationmptf.platform.security.Roles;

/** The fund settings page: parameters (the FMU edits them) and thematic areas with their objectives. */
@Named
@ViewScoped
public class FundPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FundAdministration funds;

    @Inject
    GovernanceSettings settings;

    @Inject
    CurrentUser currentUser;

    private String code;
    private FundView fund;
    private List<ThematicAreaView> areas;
    private String name;
    private BigDecimal feeRate;
    private BigDecimal capRate;
    private BigDecimal target;
    private BigDecimal reserve;
    private String expenditureDue;
    private String progressDue;
    private ProgressReporting reporting;
    private int minimumOrganisations;
    private BigDecimal ceiling;
    private int maxDuration;
    private int quorumPercent;
    private Integer objectiveToMove;
    private Integer targetArea;

    /** f:viewAction: loads the fund named in the address, or the default fund. */
    public void load() {
        if (code == null || code.isBlank()) {
            code = settings.defaultFund();
        }
        fund = funds.fund(code);
        areas = funds.thematicAreas(code);
        name = fund.name();
        feeRate = new BigDecimal(fund.administrativeAgentFeeRate()).movePointRight(2);
        capRate = new BigDecimal(fund.indirectCostCapRate()).movePointRight(2);
        target = new BigDecimal(fund.mobilisationTarget().amount());
        reserve = new BigDecimal(fund.operatingReserve().amount());
        expenditureDue = fund.expenditureReportDue();
        progressDue = fund.progressReportDue();
        reporting = fund.progressReporting();
        minimumOrganisations = fund.minimumOrganisations();
        ceiling = new BigDecimal(fund.conceptNoteBudgetCeiling().amount());
        maxDuration = fund.conceptNoteMaxDurationMonths();
        quorumPercent = fund.quorumPercent();
    }

    public void save() {
        try {
            fund = funds.changeParameters(code, new FundParametersRequest(name, percent(feeRate), percent(capRate),
                    target, reserve, expenditureDue, progressDue, reporting, minimumOrganisations, ceiling,
                    maxDuration, quorumPercent));
            FacesErrors.done(PageTexts.text("fund.saved"));
        } catch (RuntimeException e) {
            FacesErrors.show(e, Map.ofEntries(Map.entry("name", "fundForm:name"),
                    Map.entry("administrativeAgentFeeRate", "fundForm:feeRate"),
                    Map.entry("indirectCostCapRate", "fundForm:capRate"),
                    Map.entry("mobilisationTarget", "fundForm:target"), Map.entry("operatingReserve", "fundForm:reserve"),
                    Map.entry("expenditureReportDue", "fundForm:expenditureDue"),
                    Map.entry("progressReportDue", "fundForm:progressDue"),
                    Map.entry("minimumOrganisations", "fundForm:minOrgs"),
                    Map.entry("conceptNoteBudgetCeiling", "fundForm:ceiling"),
                    Map.entry("conceptNoteMaxDurationMonths", "fundForm:maxDuration"),
                    Map.entry("quorumPercent", "fundForm:quorum")));
        }
    }

    public void moveObjective() {
        try {
            areas = funds.assignObjective(code, objectiveToMove == null ? 0 : objectiveToMove,
                    targetArea == null ? 0 : targetArea);
            FacesErrors.done(PageTexts.text("fund.objectiveMoved", objectiveToMove, targetArea));
        } catch (RuntimeException e) {
            FacesErrors.show(e, Map.of("objective", "areasForm:objective", "area", "areasForm:area"));
        }
    }

    private static BigDecimal percent(BigDecimal value) {
        return value == null ? null : value.movePointLeft(2);
    }

    public boolean isEditable() {
        return currentUser.hasRole(Roles.FUND_MANAGER);
    }

    public ProgressReporting[] getReportingOptions() {
        return ProgressReporting.values();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public FundView getFund() {
        return fund;
    }

    public List<ThematicAreaView> getAreas() {
        return areas;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BigDecimal getFeeRate() {
        return feeRate;
    }

    public void setFeeRate(BigDecimal feeRate) {
        this.feeRate = feeRate;
    }

    public BigDecimal getCapRate() {
        return capRate;
    }

    public void setCapRate(BigDecimal capRate) {
        this.capRate = capRate;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public void setTarget(BigDecimal target) {
        this.target = target;
    }

    public BigDecimal getReserve() {
        return reserve;
    }

    public void setReserve(BigDecimal reserve) {
        this.reserve = reserve;
    }

    public String getExpenditureDue() {
        return expenditureDue;
    }

    public void setExpenditureDue(String expenditureDue) {
        this.expenditureDue = expenditureDue;
    }

    public String getProgressDue() {
        return progressDue;
    }

    public void setProgressDue(String progressDue) {
        this.progressDue = progressDue;
    }

    public ProgressReporting getReporting() {
        return reporting;
    }

    public void setReporting(ProgressReporting reporting) {
        this.reporting = reporting;
    }

    public int getMinimumOrganisations() {
        return minimumOrganisations;
    }

    public void setMinimumOrganisations(int minimumOrganisations) {
        this.minimumOrganisations = minimumOrganisations;
    }

    public BigDecimal getCeiling() {
        return ceiling;
    }

    public void setCeiling(BigDecimal ceiling) {
        this.ceiling = ceiling;
    }

    public int getMaxDuration() {
        return maxDuration;
    }

    public void setMaxDuration(int maxDuration) {
        this.maxDuration = maxDuration;
    }

    public int getQuorumPercent() {
        return quorumPercent;
    }

    public void setQuorumPercent(int quorumPercent) {
        this.quorumPercent = quorumPercent;
    }

    public Integer getObjectiveToMove() {
        return objectiveToMove;
    }

    public void setObjectiveToMove(Integer objectiveToMove) {
        this.objectiveToMove = objectiveToMove;
    }

    public Integer getTargetArea() {
        return targetArea;
    }

    public void setTargetArea(Integer targetArea) {
        this.targetArea = targetArea;
    }
}
