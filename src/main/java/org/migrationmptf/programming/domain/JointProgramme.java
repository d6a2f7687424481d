package org.migrationmptf.programming.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.migrationmptf.platform.audit.AuditedEntity;
import org.migrationmptf.platform.problem.BusinessRuleException;
import org.migrationmptf.platform.problem.ConflictException;
import org.migrationmptf.programming.api.ProgrammeStatus;
import org.migrationmptf.programming.api.Scope;

/**
 * A joint programme: several Participating UN Organisations working together on what an invited concept note
 * proposed. Its lead drafts the document and the budget (organisation x category); the Steering Committee
 * approves it (the money is committed), tranches make it active, revisions change its budget or end date, and it
 * closes operationally after its end date and financially once every organisation has settled. The money itself
 * lives in the ledger; this record keeps the plan and the stage.
 */
@Entity
@Table(name = "joint_programme", schema = "programming")
public class JointProgramme extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "fund_id", nullable = false, updatable = false)
    private long fundId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "concept_note_id", nullable = false, updatable = false)
    private ConceptNote conceptNote;

    @Column(name = "lead_organisation_id", nullable = false, updatable = false)
    private long leadOrganisationId;

    @Column(nullable = false, length = 300)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private Scope scope;

    @Column(name = "thematic_area", nullable = false, updatable = false)
    private int thematicArea;

    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 25)
    private ProgrammeStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_before_suspension", length = 25)
    private ProgrammeStatus statusBeforeSuspension;

    @Column(name = "approval_decision_id")
    private Long approvalDecisionId;

    @Column(name = "approved_total", precision = 19, scale = 4)
    private BigDecimal approvedTotal;

    @Column(name = "operationally_closed_on")
    private LocalDate operationallyClosedOn;

    @Column(name = "financially_closed_on")
    private LocalDate financiallyClosedOn;

    @ElementCollection
    @CollectionTable(name = "programme_organisation", schema = "programming", joinColumns = @JoinColumn(name = "programme_id"))
    @Column(name = "organisation_id", nullable = false)
    private Set<Long> organisationIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "programme_country", schema = "programming", joinColumns = @JoinColumn(name = "programme_id"))
    private Set<ProgrammeCountry> countries = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "budget_line", schema = "programming", joinColumns = @JoinColumn(name = "programme_id"))
    private Set<BudgetLine> budgetLines = new HashSet<>();

    protected JointProgramme() {
    }

    /** Drafts the programme document of an invited concept note, for the note's organisations. */
    public JointProgramme(ConceptNote note, String title, LocalDate startsOn, LocalDate endsOn,
                          Collection<ProgrammeCountry> countries) {
        note.checkCanBecomeProgramme();
        this.fundId = note.getFundId();
        this.conceptNote = note;
        this.leadOrganisationId = note.getLeadOrganisationId();
        this.scope = note.content().scope();
        this.thematicArea = note.content().thematicArea();
        this.currency = note.content().currency();
        this.organisationIds.addAll(note.getOrganisationIds());
        this.status = ProgrammeStatus.DRAFT;
        describe(title, startsOn, endsOn, countries);
    }

    /** Changes the document while it is a draft. */
    public void describe(String title, LocalDate startsOn, LocalDate endsOn, Collection<ProgrammeCountry> countries) {
        requireStatus("changed", ProgrammeStatus.DRAFT);
        if (!endsOn.isAfter(startsOn)) {
            throw new BusinessRuleException("endsOn", "The programme must end after it starts");
        }
        this.title = title.strip();
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.countries.clear();
        this.countries.addAll(countries);
    }

    /** Replaces the draft's budget; the caller has checked it (see {@link Budget#problems}). */
    public void setBudget(Budget budget) {
        requireStatus("given a new budget", ProgrammeStatus.DRAFT);
        replaceBudget(budget);
    }

    public void submit(Collection<String> budgetProblems) {
        requireStatus("submitted", ProgrammeStatus.DRAFT);
        if (!budgetProblems.isEmpty()) {
            throw new BusinessRuleException("budget", "The budget cannot be submitted: " + String.join("; ", budgetProblems));
        }
        status = ProgrammeStatus.SUBMITTED;
    }

    public void returnToDraft() {
        requireStatus("returned to its lead", ProgrammeStatus.SUBMITTED);
        status = ProgrammeStatus.DRAFT;
    }

    /** The committee approved the budget on this decision; the money has been committed. */
    public void approve(long decisionId) {
        requireStatus("approved", ProgrammeStatus.SUBMITTED);
        status = ProgrammeStatus.APPROVED;
        approvalDecisionId = decisionId;
        approvedTotal = budget().total();
    }

    /** Checks that a tranche may go to this organisation now (the share is checked against the ledger). */
    public void checkCanReceiveTransfer(long organisationId) {
        requireStatus("sent money", ProgrammeStatus.APPROVED, ProgrammeStatus.ACTIVE);
        if (budget().share(organisationId).signum() == 0) {
            throw new BusinessRuleException("organisation", "This organisation has no share in the programme's budget");
        }
    }

    /** The first transfer makes the programme active. */
    public void transferred() {
        if (status == ProgrammeStatus.APPROVED) {
            status = ProgrammeStatus.ACTIVE;
        }
    }

    /** A budget revision is asked for or decided while the programme runs. */
    public void checkCanBeRevised() {
        requireStatus("revised", ProgrammeStatus.APPROVED, ProgrammeStatus.ACTIVE, ProgrammeStatus.SUSPENDED);
    }

    /** An approved budget revision: the new budget becomes the approved one. */
    public void revise(Budget budget) {
        checkCanBeRevised();
        replaceBudget(budget);
        approvedTotal = budget.total();
    }

    /** An approved no-cost extension. */
    public void extendTo(LocalDate newEnd) {
        checkCanBeRevised();
        if (!newEnd.isAfter(endsOn)) {
            throw new BusinessRuleException("endsOn", "A no-cost extension moves the end date later than " + endsOn);
        }
        endsOn = newEnd;
    }

    public void closeOperationally(LocalDate today) {
        requireStatus("closed operationally", ProgrammeStatus.ACTIVE);
        if (today.isBefore(endsOn)) {
            throw new ConflictException("The programme runs until " + endsOn
                    + ": it closes operationally after its end date (or extend or cancel it)");
        }
        status = ProgrammeStatus.OPERATIONALLY_CLOSED;
        operationallyClosedOn = today;
    }

    /** The caller has checked that every organisation reported final expenditure and returned the rest. */
    public void closeFinancially(LocalDate today) {
        requireStatus("closed financially", ProgrammeStatus.OPERATIONALLY_CLOSED);
        status = ProgrammeStatus.FINANCIALLY_CLOSED;
        financiallyClosedOn = today;
    }

    public void suspend() {
        requireStatus("suspended", ProgrammeStatus.APPROVED, ProgrammeStatus.ACTIVE);
        statusBeforeSuspension = status;
        status = ProgrammeStatus.SUSPENDED;
    }

    public void resume() {
        requireStatus("resumed", ProgrammeStatus.SUSPENDED);
        status = statusBeforeSuspension;
        statusBeforeSuspension = null;
    }

    /** Cancels a programme that has received no money (the caller has checked the ledger). */
    public void cancel() {
        requireStatus("cancelled", ProgrammeStatus.DRAFT, ProgrammeStatus.SUBMITTED, ProgrammeStatus.APPROVED,
                ProgrammeStatus.SUSPENDED);
        status = ProgrammeStatus.CANCELLED;
    }

    /** Final expenditure is reported once activities have ended or while they end. */
    public void checkCanTakeFinalExpenditure() {
        requireStatus("given final expenditure", ProgrammeStatus.ACTIVE, ProgrammeStatus.OPERATIONALLY_CLOSED);
    }

    /** Unspent money comes back while the programme runs or is closing, not after its accounts are settled. */
    public void checkCanTakeRefund() {
        requireStatus("sent a refund", ProgrammeStatus.ACTIVE, ProgrammeStatus.SUSPENDED,
                ProgrammeStatus.OPERATIONALLY_CLOSED);
    }

    public boolean involves(long organisationId) {
        return organisationIds.contains(organisationId);
    }

    public Budget budget() {
        return Budget.of(budgetLines);
    }

    private void replaceBudget(Budget budget) {
        budgetLines.clear();
        budgetLines.addAll(budget.lines());
    }

    private void requireStatus(String act, ProgrammeStatus... allowed) {
        for (ProgrammeStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new ConflictException("The programme is " + status + ": it cannot be " + act + " (only when "
                + java.util.Arrays.toString(allowed).replaceAll("[\\[\\]]", "").replace(", ", " or ") + ")");
    }

    public Long getId() {
        return id;
    }

    public long getFundId() {
        return fundId;
    }

    public ConceptNote getConceptNote() {
        return conceptNote;
    }

    public long getLeadOrganisationId() {
        return leadOrganisationId;
    }

    public String getTitle() {
        return title;
    }

    public Scope getScope() {
        return scope;
    }

    public int getThematicArea() {
        return thematicArea;
    }

    public String getCurrency() {
        return currency;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public ProgrammeStatus getStatus() {
        return status;
    }

    public Long getApprovalDecisionId() {
        return approvalDecisionId;
    }

    public BigDecimal getApprovedTotal() {
        return approvedTotal;
    }

    public LocalDate getOperationallyClosedOn() {
        return operationallyClosedOn;
    }

    public LocalDate getFinanciallyClosedOn() {
        return financiallyClosedOn;
    }

    public Set<Long> getOrganisationIds() {
        return Collections.unmodifiableSet(organisationIds);
    }

    /** Country codes, sorted. */
    public Set<String> countryCodes() {
        Set<String> codes = new TreeSet<>();
        countries.forEach(c -> codes.add(c.code()));
        return codes;
    }

    /** The regions of its countries, sorted. */
    public Set<String> regions() {
        Set<String> regions = new TreeSet<>();
        countries.forEach(c -> {
            if (c.region() != null) {
                regions.add(c.region());
            }
        });
        return regions;
    }
}
