package org.migrationmptf.programming.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.migrationmptf.governance.api.FundAdministration;
import org.migrationmptf.governance.api.ThematicAreaView;
import org.migrationmptf.platform.faces.Choices;
import org.migrationmptf.platform.faces.FacesErrors;
import org.migrationmptf.platform.faces.PageTexts;
import org.migrationmptf.platform.money.MoneyInput;
import org.migrationmptf.platform.security.CurrentUser;
import org.migrationmptf.platform.security.Roles;
import org.migrationmptf.platform.web.PageRequest;
import org.migrationmptf.programming.api.CallRequest;
import org.migrationmptf.programming.api.CallStatus;
import org.migrationmptf.programming.api.CallView;
import org.migrationmptf.programming.api.CallsForNotes;
import org.migrationmptf.programming.api.Scope;

/**
 * The calls for concept notes of a fund ({@code calls.xhtml?fund=MIG}): every reader sees them by status; the FMU
 * drafts a call and moves it on (open, close, decided).
 */
@Named
@ViewScoped
public class CallsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CallsForNotes calls;

    @Inject
    FundAdministration funds;

    @Inject
    CurrentUser currentUser;

    private String fund;
    private String status;
    private List<CallView> list;
    private List<ThematicAreaView> areas;

    private String title;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private List<String> scopes = new ArrayList<>();
    private List<Integer> thematicAreas = new ArrayList<>();
    private BigDecimal ceiling;
    private Integer maxDurationMonths;

    /** f:viewAction. */
    public void load() {
        if (fund == null || fund.isBlank()) {
            fund = "MIG";
        }
        areas = funds.thematicAreas(fund);
        search();
    }

    public void search() {
        try {
            list = calls.calls(fund, Choices.of(CallStatus.class, status), new PageRequest(0, PageRequest.MAX_SIZE)).items();
        } catch (RuntimeException e) {
            list = List.of();
            FacesErrors.show(e, Inputs.of("searchForm", "status", "status"));
        }
    }

    public void create() {
        try {
            CallView call = calls.create(fund, new CallRequest(title, opensOn, closesOn,
                    new HashSet<>(scopes.stream().map(s -> Choices.of(Scope.class, s)).toList()),
                    new HashSet<>(thematicAreas), ceiling == null ? null : new MoneyInput(ceiling, "USD"),
                    maxDurationMonths));
            title = null;
            opensOn = null;
            closesOn = null;
            scopes = new ArrayList<>();
            thematicAreas = new ArrayList<>();
            ceiling = null;
            maxDurationMonths = null;
            search();
            FacesErrors.done(PageTexts.text("calls.created", call.title()));
        } catch (RuntimeException e) {
            FacesErrors.show(e, Inputs.of("callForm", "title", "title", "opensOn", "opensOn", "closesOn", "closesOn",
                    "scopes", "scopes", "thematicAreas", "areas", "budgetCeiling", "ceiling",
                    "maxDurationMonths", "duration"));
        }
    }

    public void open(long id) {
        move(() -> calls.open(fund, id), "calls.opened");
    }

    public void close(long id) {
        move(() -> calls.close(fund, id), "calls.closed");
    }

    public void decide(long id) {
        move(() -> calls.decide(fund, id), "calls.decided");
    }

    private void move(java.util.function.Supplier<CallView> step, String doneKey) {
        try {
            CallView call = step.get();
            search();
            FacesErrors.done(PageTexts.text(doneKey, call.title()));
        } catch (RuntimeException e) {
            FacesErrors.show(e, Inputs.of("listForm"));
        }
    }

    public boolean isFundManager() {
        return currentUser.hasRole(Roles.FUND_MANAGER);
    }

    public boolean isFocalPoint() {
        return currentUser.hasRole(Roles.PUNO_FOCAL_POINT);
    }

    public String areaName(int number) {
        return areas == null ? String.valueOf(number) : areas.stream().filter(a -> a.number() == number)
                .map(a -> number + ". " + a.name()).findFirst().orElse(String.valueOf(number));
    }

    public String getFund() {
        return fund;
    }

    public void setFund(String fund) {
        this.fund = fund;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public List<CallView> getList() {
        return list;
    }

    public List<ThematicAreaView> getAreas() {
        return areas;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public List<String> getScopes() {
        return scopes;
    }

    public void setScopes(List<String> scopes) {
        this.scopes = scopes;
    }

    public List<Integer> getThematicAreas() {
        return thematicAreas;
    }

    public void setThematicAreas(List<Integer> thematicAreas) {
        this.thematicAreas = thematicAreas;
    }

    public BigDecimal getCeiling() {
        return ceiling;
    }

    public void setCeiling(BigDecimal ceiling) {
        this.ceiling = ceiling;
    }

    public Integer getMaxDurationMonths() {
        return maxDurationMonths;
    }

    public void setMaxDurationMonths(Integer maxDurationMonths) {
        this.maxDurationMonths = maxDurationMonths;
    }
}
