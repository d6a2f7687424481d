package org.migrationmptf.programming.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.migrationmptf.governance.api.BudgetCategoryView;
import org.migrationmptf.governance.api.DecisionFilter;
import org.migrationmptf.governance.api.DecisionRegister;
import org.migrationmptf.governance.api.DecisionView;
import org.migrationmptf.governance.api.FundAdministration;
import org.migrationmptf.governance.api.OrganisationView;
import org.migrationmptf.governance.api.Organisations;
import org.migrationmptf.governance.api.ReferenceData;
import org.migrationmptf.governance.api.ThematicAreaView;
import org.migrationmptf.platform.faces.Choices;
import org.migrationmptf.platform.faces.FacesErrors;
import org.migrationmptf.platform.faces.PageTexts;
import org.migrationmptf.platform.money.MoneyInput;
import org.migrationmptf.platform.security.CurrentUser;
import org.migrationmptf.platform.security.Roles;
import org.migrationmptf.platform.web.PageRequest;
import org.migrationmptf.programming.api.BudgetRequest;
import org.migrationmptf.programming.api.BudgetView;
import org.migrationmptf.programming.api.ClosureKind;
import org.migrationmptf.programming.api.ClosureRequest;
import org.migrationmptf.programming.api.DecisionReference;
import org.migrationmptf.programming.api.FinalExpenditureRequest;
import org.migrationmptf.programming.api.JointProgrammes;
import org.migrationmptf.programming.api.ProgrammeFunding;
import org.migrationmptf.programming.api.ProgrammeStatus;
import org.migrationmptf.programming.api.ProgrammeView;
import org.migrationmptf.programming.api.RefusalRequest;
import org.migrationmptf.programming.api.RevisionKind;
import org.migrationmptf.programming.api.RevisionRequest;
import org.migrationmptf.programming.api.RevisionStatus;
import org.migrationmptf.programming.api.RevisionView;
import org.migrationmptf.programming.api.StatusChangeRequest;
import org.migrationmptf.programming.api.TrancheRequest;
import org.migrationmptf.programming.api.TransferView;
import org.migrationmptf.programming.api.UnspentRefundRequest;

/**
 * One joint programme ({@code programme.xhtml?id=4}): the document, its budget matrix (organisation x category,
 * with each organisation's indirect cost rate against the fund's cap), its decisions, transfers, revisions and money
 * per organisation. Each role gets its own steps: the lead focal point edits the budget of a draft (checked live
 * against the cap before saving) and submits it; the FMU approves on a decision, returns, suspends, resumes,
 * cancels, decides revisions and closes; the Administrative Agent transfers tranches and records refunds (one
 * idempotency key per rendered form, so a double click books once); focal points ask for revisions and report final
 * expenditure.
 */
@Named
@ViewScoped
public class ProgrammePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PROGRAMME = "JOINT_PROGRAMME";
    private static final Set<ProgrammeStatus> REVISABLE = EnumSet.of(ProgrammeStatus.APPROVED, ProgrammeStatus.ACTIVE);
    private static final Set<ProgrammeStatus> SPENDING = EnumSet.of(ProgrammeStatus.ACTIVE, ProgrammeStatus.SUSPENDED,
            ProgrammeStatus.OPERATIONALLY_CLOSED);

    @Inject
    JointProgrammes programmes;

    @Inject
    ProgrammeFunding funding;

    @Inject
    DecisionRegister decisions;

    @Inject
    ReferenceData referenceData;

    @Inject
    FundAdministration funds;

    @Inject
    Organisations organisations;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private ProgrammeView programme;
    private List<BudgetCategoryView> categories;
    private List<ThematicAreaView> areas;
    private String ownOrganisation;
    private BudgetEditor editor;
    private BudgetView check;
    private List<TransferView> transfers = List.of();
    private List<RevisionView> revisions = List.of();
    private List<DecisionView> programmeDecisions = List.of();
    private final Map<String, Object> form = new HashMap<>();

    /** f:viewAction. */
    public void load() {
        programme = programmes.programme(id == null ? 0 : id);
        categories = referenceData.budgetCategories();
        areas = funds.thematicAreas(programme.fund());
        ownOrganisation = currentUser.hasRole(Roles.PUNO_FOCAL_POINT)
                ? organisations.organisationOf(currentUser.getName()).map(OrganisationView::acronym).orElse(null) : null;
        refresh();
        form.put("transferKey", UUID.randomUUID().toString());
        form.put("refundKey", UUID.randomUUID().toString());
        form.putIfAbsent("refundValueDate", LocalDate.now());
        form.putIfAbsent("revisionKind", RevisionKind.BUDGET.name());
    }

    private void refresh() {
        transfers = programme.status() == ProgrammeStatus.DRAFT ? List.of() : funding.transfers(programme.id());
        revisions = programme.status() == ProgrammeStatus.DRAFT ? List.of() : funding.revisions(programme.id());
        programmeDecisions = isDecisionReader() ? decisions.decisions(programme.fund(),
                new DecisionFilter(null, null, null, null, PROGRAMME, programme.id()),
                new PageRequest(0, PageRequest.MAX_SIZE)).items() : List.of();
        editor = isBudgetEditable() || isRevisionRequester()
                ? BudgetEditor.of(programme.organisations(), getCategoryCodes(), programme.budget()) : null;
        check = programme.budget();
    }

    // --- The budget editor: live check, save, submit (lead focal point, draft); revision request. ---

    /** The budget as typed so far, checked against the fund's cap without saving anything. */
    public void checkBudget() {
        try {
            check = programmes.checkBudget(programme.id(), new BudgetRequest(editor.lines()));
        } catch (RuntimeException e) {
            check = null;
            FacesErrors.show(e, budgetInputs());
        }
    }

    public void saveBudget() {
        act(() -> programme = programmes.setBudget(programme.id(), new BudgetRequest(editor.lines())),
                "programme.budgetSaved", budgetInputs());
    }

    public void submit() {
        act(() -> programme = programmes.submit(programme.id()), "programme.submitted", budgetInputs());
    }

    private static Inputs budgetInputs() {
        return Inputs.of("budgetForm", "lines", "lines", "budget", "lines");
    }

    public void requestRevision() {
        act(() -> {
            RevisionKind kind = Choices.of(RevisionKind.class, form.get("revisionKind"));
            funding.requestRevision(programme.id(), new RevisionRequest(kind, (String) form.get("justification"),
                    kind == RevisionKind.BUDGET ? editor.lines() : null,
                    kind == RevisionKind.NO_COST_EXTENSION ? (LocalDate) form.get("endsOn") : null));
            form.remove("justification");
            form.remove("endsOn");
        }, "programme.revisionRequested", Inputs.of("budgetForm", "kind", "revisionKind", "justification",
                "justification", "endsOn", "endsOn", "budget", "lines", "lines", "lines"));
    }

    // --- The FMU ---

    public void approve() {
        act(() -> programme = programmes.approve(programme.id(), new DecisionReference((Long) form.get("decisionId"))),
                "programme.approved", Inputs.of("fmuForm", "decisionId", "decisionId", "amount", "decisionId"));
    }

    public void returnToDraft() {
        act(() -> programme = programmes.returnToDraft(programme.id(), new RefusalRequest((String) form.get("reason"))),
                "programme.returned", reasonInputs());
    }

    public void suspend() {
        act(() -> programme = programmes.suspend(programme.id(), new StatusChangeRequest((String) form.get("reason"))),
                "programme.suspended", reasonInputs());
    }

    public void resume() {
        act(() -> programme = programmes.resume(programme.id(), new StatusChangeRequest((String) form.get("reason"))),
                "programme.resumed", reasonInputs());
    }

    public void cancel() {
        act(() -> programme = programmes.cancel(programme.id(), new StatusChangeRequest((String) form.get("reason"))),
                "programme.cancelled", reasonInputs());
    }

    private static Inputs reasonInputs() {
        return Inputs.of("fmuForm", "reason", "reason");
    }

    public void closeOperationally() {
        act(() -> programme = funding.close(programme.id(), new ClosureRequest(ClosureKind.OPERATIONAL)),
                "programme.closedOperationally", Inputs.of("fmuForm"));
    }

    public void closeFinancially() {
        act(() -> programme = funding.close(programme.id(), new ClosureRequest(ClosureKind.FINANCIAL)),
                "programme.closedFinancially", Inputs.of("fmuForm"));
    }

    public void approveRevision(long revisionId) {
        act(() -> funding.approveRevision(programme.id(), revisionId,
                        new DecisionReference((Long) form.get("revisionDecisionId"))),
                "programme.revisionApproved", Inputs.of("revisionsForm", "decisionId", "revisionDecisionId",
                        "amount", "revisionDecisionId", "budget", "revisionDecisionId"));
    }

    public void refuseRevision(long revisionId) {
        act(() -> funding.refuseRevision(programme.id(), revisionId, new RefusalRequest((String) form.get("refusalReason"))),
                "programme.revisionRefused", Inputs.of("revisionsForm", "reason", "refusalReason"));
    }

    // --- The Administrative Agent ---

    public void transfer() {
        act(() -> {
            TransferView booked = funding.transfer(programme.id(), new TrancheRequest(
                    (String) form.get("transferOrganisation"), (Long) form.get("transferDecisionId"),
                    money((BigDecimal) form.get("transferAmount"))), (String) form.get("transferKey"));
            form.put("transferKey", UUID.randomUUID().toString());
            form.remove("transferAmount");
            FacesErrors.done(PageTexts.text("programme.trancheTransferred", booked.tranche(), booked.organisation(),
                    booked.amount().currency() + " " + booked.amount().amount()));
        }, null, Inputs.of("agentForm", "organisation", "transferOrganisation", "decisionId", "transferDecisionId",
                "amount", "transferAmount"));
    }

    public void recordRefund() {
        act(() -> {
            programme = funding.recordRefund(programme.id(), new UnspentRefundRequest(
                    (String) form.get("refundOrganisation"), (LocalDate) form.get("refundValueDate"),
                    money((BigDecimal) form.get("refundAmount"))), (String) form.get("refundKey"));
            form.put("refundKey", UUID.randomUUID().toString());
            form.remove("refundAmount");
        }, "programme.refundRecorded", Inputs.of("refundForm", "organisation", "refundOrganisation",
                "valueDate", "refundValueDate", "amount", "refundAmount"));
    }

    // --- Focal points ---

    public void reportFinalExpenditure() {
        act(() -> programme = funding.reportFinalExpenditure(programme.id(), new FinalExpenditureRequest(
                        (String) form.get("expenditureOrganisation"), new FinalExpenditureRequest.Spent(
                        (BigDecimal) form.get("expenditureAmount"), programme.budget().currency()))),
                "programme.expenditureReported", Inputs.of("expenditureForm", "organisation",
                        "expenditureOrganisation", "amount", "expenditureAmount"));
    }

    private MoneyInput money(BigDecimal amount) {
        return amount == null ? null : new MoneyInput(amount, programme.budget().currency());
    }

    private void act(Runnable step, String doneKey, Inputs inputs) {
        try {
            step.run();
            programme = programmes.programme(programme.id());
            refresh();
            if (doneKey != null) {
                FacesErrors.done(PageTexts.text(doneKey));
            }
        } catch (RuntimeException e) {
            FacesErrors.show(e, inputs);
        }
    }

    // --- What the page shows ---

    /** An organisation's row of the live check: over the cap, in words, or null when within it. */
    public String capWarning(String organisation) {
        return row(organisation).filter(o -> !o.withinCap()).map(o -> PageTexts.text("budget.overCap",
                ratePercent(o.indirectRate()), ratePercent(check.indirectCostCap()))).orElse(null);
    }

    public Optional<BudgetView.OrganisationBudget> row(String organisation) {
        return check == null ? Optional.empty()
                : check.organisations().stream().filter(o -> o.organisation().equals(organisation)).findFirst();
    }

    public BudgetView.OrganisationBudget checkedRow(String organisation) {
        return row(organisation).orElse(null);
    }

    private static String ratePercent(String rate) {
        return rate == null ? "" : new BigDecimal(rate).movePointRight(2).stripTrailingZeros().toPlainString();
    }

    public String areaName(int number) {
        return areas == null ? String.valueOf(number) : areas.stream().filter(a -> a.number() == number)
                .map(a -> number + ". " + a.name()).findFirst().orElse(String.valueOf(number));
    }

    public List<String> getCategoryCodes() {
        return categories.stream().map(BudgetCategoryView::code).toList();
    }

    /** The revision waiting for a decision, if any (there is at most one). */
    public RevisionView getPendingRevision() {
        return revisions.stream().filter(r -> r.status() == RevisionStatus.REQUESTED).findFirst().orElse(null);
    }

    /** The organisations a user may report final expenditure for: all for the FMU, its own for a focal point. */
    public List<String> getExpenditureOrganisations() {
        if (isFundManager()) {
            return List.copyOf(programme.organisations());
        }
        return ownOrganisation != null && programme.organisations().contains(ownOrganisation) ? List.of(ownOrganisation)
                : List.of();
    }

    public boolean isFundManager() {
        return currentUser.hasRole(Roles.FUND_MANAGER);
    }

    public boolean isAgent() {
        return currentUser.hasRole(Roles.ADMIN_AGENT);
    }

    public boolean isLead() {
        return ownOrganisation != null && ownOrganisation.equals(programme.lead());
    }

    public boolean isBudgetEditable() {
        return isLead() && programme.status() == ProgrammeStatus.DRAFT;
    }

    public boolean isRevisionRequester() {
        return (isLead() || isFundManager()) && REVISABLE.contains(programme.status()) && getPendingRevisionOrNull() == null;
    }

    private RevisionView getPendingRevisionOrNull() {
        return revisions == null ? null : getPendingRevision();
    }

    public boolean isTransferable() {
        return isAgent() && REVISABLE.contains(programme.status());
    }

    public boolean isRefundable() {
        return isAgent() && SPENDING.contains(programme.status());
    }

    public boolean isExpenditureReportable() {
        return SPENDING.contains(programme.status()) && !getExpenditureOrganisations().isEmpty();
    }

    public boolean isDecisionReader() {
        return currentUser.hasRole(Roles.FUND_MANAGER) || currentUser.hasRole(Roles.SC_MEMBER)
                || currentUser.hasRole(Roles.ADMIN_AGENT) || currentUser.hasRole(Roles.AUDITOR);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProgrammeView getProgramme() {
        return programme;
    }

    public List<BudgetCategoryView> getCategories() {
        return categories;
    }

    public BudgetEditor getEditor() {
        return editor;
    }

    public BudgetView getCheck() {
        return check;
    }

    public List<TransferView> getTransfers() {
        return transfers;
    }

    public List<RevisionView> getRevisions() {
        return revisions;
    }

    public List<DecisionView> getProgrammeDecisions() {
        return programmeDecisions;
    }

    public Map<String, Object> getForm() {
        return form;
    }
}
