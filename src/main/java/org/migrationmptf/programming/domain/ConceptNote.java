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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.migrationmptf.platform.audit.AuditedEntity;
import org.migrationmptf.platform.persistence.ChangeNumbered;
import org.migrationmptf.platform.problem.BusinessRuleException;
import org.migrationmptf.platform.problem.ConflictException;
import org.migrationmptf.programming.api.NoteStatus;
import org.migrationmptf.programming.api.Scope;

/**
 * A concept note: a joint programme idea that a lead Participating UN Organisation drafts with the others taking
 * part, for a call. Submitting it screens it: it goes to review, or is ineligible with the reasons in words.
 */
@Entity
@ChangeNumbered
@Table(name = "concept_note", schema = "programming")
public class ConceptNote extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "fund_id", nullable = false, updatable = false)
    private long fundId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "call_id", nullable = false, updatable = false)
    private CallForNotes call;

    @Column(name = "lead_organisation_id", nullable = false, updatable = false)
    private long leadOrganisationId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 10000)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Scope scope;

    @Column(name = "thematic_area", nullable = false)
    private int thematicArea;

    @Column(name = "requested_budget", nullable = false, precision = 19, scale = 4)
    private BigDecimal requestedBudget;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "duration_months", nullable = false)
    private int durationMonths;

    @Column(name = "gender_marker")
    private Integer genderMarker;

    @Column(name = "human_rights_marker")
    private Integer humanRightsMarker;

    @Column(name = "child_marker")
    private Integer childMarker;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private NoteStatus status;

    @Column(name = "screening_reasons", length = 4000)
    private String screeningReasons;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decision_id")
    private Long decisionId;

    @Column(name = "invited_at")
    private Instant invitedAt;

    @ElementCollection
    @CollectionTable(name = "concept_note_organisation", schema = "programming", joinColumns = @JoinColumn(name = "note_id"))
    @Column(name = "organisation_id", nullable = false)
    private Set<Long> organisationIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "concept_note_country", schema = "programming", joinColumns = @JoinColumn(name = "note_id"))
    @Column(name = "country_code", nullable = false, length = 3)
    private Set<String> countries = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "concept_note_objective", schema = "programming", joinColumns = @JoinColumn(name = "note_id"))
    @Column(name = "objective_id", nullable = false)
    private Set<Integer> objectives = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "concept_note_principle", schema = "programming", joinColumns = @JoinColumn(name = "note_id"))
    @Column(name = "principle_id", nullable = false)
    private Set<Integer> principles = new TreeSet<>();

    protected ConceptNote() {
    }

    public ConceptNote(CallForNotes call, long leadOrganisationId, NoteContent content) {
        this.fundId = call.getFundId();
        this.call = call;
        this.leadOrganisationId = leadOrganisationId;
        this.status = NoteStatus.DRAFT;
        apply(content);
    }

    /** Changes the draft; a submitted note no longer changes. */
    public void edit(NoteContent content) {
        if (status != NoteStatus.DRAFT) {
            throw new ConflictException("The concept note is " + status + ": only a draft can be changed");
        }
        apply(content);
    }

    /**
     * Submits the note and screens it against the call and the fund's rules.
     *
     * @return the screening's problems, empty when the note goes to review
     */
    public List<String> submit(int minimumOrganisations, String fundCurrency, LocalDate day, Instant at) {
        if (status != NoteStatus.DRAFT) {
            throw new ConflictException("The concept note is already " + status);
        }
        List<String> problems = Eligibility.problems(call, content(), minimumOrganisations, fundCurrency, day);
        status = problems.isEmpty() ? NoteStatus.UNDER_REVIEW : NoteStatus.INELIGIBLE;
        screeningReasons = problems.isEmpty() ? null : String.join("\n", problems);
        submittedAt = at;
        return problems;
    }

    /** The Steering Committee endorsed the note into the pipeline, by decision. */
    public void endorse(long decision) {
        if (status != NoteStatus.UNDER_REVIEW) {
            throw new ConflictException("The concept note is " + status + ": only a note under review can be endorsed");
        }
        status = NoteStatus.PIPELINE;
        decisionId = decision;
    }

    /** The Steering Committee rejected the note, by decision: under review, or from the pipeline. */
    public void reject(long decision) {
        if (status != NoteStatus.UNDER_REVIEW && status != NoteStatus.PIPELINE) {
            throw new ConflictException("The concept note is " + status
                    + ": only a note under review or in the pipeline can be rejected");
        }
        status = NoteStatus.REJECTED;
        decisionId = decision;
    }

    /**
     * Invites the lead organisation to a full programme document.
     *
     * @param available the money available for new approvals in the pools that may fund this note
     */
    public void invite(BigDecimal available, Instant at) {
        if (status != NoteStatus.PIPELINE) {
            throw new ConflictException("The concept note is " + status + ": only a pipeline note can be invited");
        }
        if (available.compareTo(requestedBudget) < 0) {
            throw new ConflictException("requestedBudget", "Only " + cents(available) + " " + currency
                    + " is available for new approvals in the pools this note may draw from; it asks for "
                    + cents(requestedBudget) + " " + currency + ". It stays in the pipeline until money arrives");
        }
        status = NoteStatus.INVITED;
        invitedAt = at;
    }

    private static String cents(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Whether a programme document may be drafted from this note. */
    public void checkCanBecomeProgramme() {
        if (status != NoteStatus.INVITED) {
            throw new ConflictException("conceptNoteId", "The concept note is " + status
                    + ": a programme document is drafted from an invited note");
        }
    }

    private void apply(NoteContent c) {
        if (!c.organisationIds().contains(leadOrganisationId)) {
            throw new BusinessRuleException("organisations", "The lead organisation takes part in its own note");
        }
        if (c.requestedBudget() == null || c.requestedBudget().signum() <= 0) {
            throw new BusinessRuleException("requestedBudget", "The requested budget must be more than zero");
        }
        this.title = c.title().strip();
        this.summary = c.summary().strip();
        this.scope = c.scope();
        this.thematicArea = c.thematicArea();
        this.requestedBudget = c.requestedBudget();
        this.currency = c.currency();
        this.durationMonths = c.durationMonths();
        this.genderMarker = c.genderMarker();
        this.humanRightsMarker = c.humanRightsMarker();
        this.childMarker = c.childMarker();
        this.organisationIds.clear();
        this.organisationIds.addAll(c.organisationIds());
        this.countries.clear();
        this.countries.addAll(c.countries());
        this.objectives.clear();
        this.objectives.addAll(c.objectives());
        this.principles.clear();
        this.principles.addAll(c.principles());
    }

    public NoteContent content() {
        return new NoteContent(title, summary, scope, thematicArea, requestedBudget, currency, durationMonths,
                genderMarker, humanRightsMarker, childMarker, Set.copyOf(organisationIds), Set.copyOf(countries),
                Set.copyOf(objectives), Set.copyOf(principles));
    }

    /** Whether an organisation takes part (as lead or participant). */
    public boolean involves(long organisationId) {
        return organisationIds.contains(organisationId);
    }

    public Long getId() {
        return id;
    }

    public long getFundId() {
        return fundId;
    }

    public CallForNotes getCall() {
        return call;
    }

    public long getLeadOrganisationId() {
        return leadOrganisationId;
    }

    public NoteStatus getStatus() {
        return status;
    }

    public String getScreeningReasons() {
        return screeningReasons;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Long getDecisionId() {
        return decisionId;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public String getTitle() {
        return title;
    }

    public BigDecimal getRequestedBudget() {
        return requestedBudget;
    }

    public Set<Long> getOrganisationIds() {
        return Collections.unmodifiableSet(organisationIds);
    }
}
