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
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.migrationmptf.platform.audit.AuditedEntity;
import org.migrationmptf.platform.problem.BusinessRuleException;
import org.migrationmptf.platform.problem.ConflictException;
import org.migrationmptf.programming.api.RevisionKind;
import org.migrationmptf.programming.api.RevisionStatus;

/**
 * A revision of a running programme, kept as history: a budget revision (the whole new budget) or a no-cost
 * extension (a later end date). Requested, then approved on a decision (the budget as it was before is kept) or
 * refused with a reason. One revision is open at a time per programme.
 */
@Entity
@Table(name = "programme_revision", schema = "programming")
public class ProgrammeRevision extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", nullable = false, updatable = false)
    private JointProgramme programme;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private RevisionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RevisionStatus status;

    @Column(nullable = false, length = 4000, updatable = false)
    private String justification;

    @Column(name = "ends_on_before")
    private LocalDate endsOnBefore;

    @Column(name = "ends_on_after")
    private LocalDate endsOnAfter;

    @Column(name = "decision_id")
    private Long decisionId;

    @Column(name = "refusal_reason", length = 2000)
    private String refusalReason;

    @Column(name = "requested_by", nullable = false, updatable = false, length = 100)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @ElementCollection
    @CollectionTable(name = "revision_line", schema = "programming", joinColumns = @JoinColumn(name = "revision_id"))
    private Set<RevisionLine> lines = new HashSet<>();

    protected ProgrammeRevision() {
    }

    private ProgrammeRevision(JointProgramme programme, RevisionKind kind, String justification, String by, Instant at) {
        programme.checkCanBeRevised();
        this.programme = programme;
        this.kind = kind;
        this.status = RevisionStatus.REQUESTED;
        this.justification = justification.strip();
        this.requestedBy = by;
        this.requestedAt = at;
        this.endsOnBefore = programme.getEndsOn();
    }

    /** Asks for a new budget (checked by the caller against the cap and the organisations' shares). */
    public static ProgrammeRevision budget(JointProgramme programme, Budget after, String justification, String by,
                                           Instant at) {
        ProgrammeRevision revision = new ProgrammeRevision(programme, RevisionKind.BUDGET, justification, by, at);
        after.lines().forEach(l -> revision.lines.add(new RevisionLine(RevisionLine.AFTER, l.organisationId(),
                l.category(), l.amount())));
        revision.endsOnAfter = programme.getEndsOn();
        return revision;
    }

    /** Asks for a later end date, same money. */
    public static ProgrammeRevision extension(JointProgramme programme, LocalDate newEnd, String justification,
                                              String by, Instant at) {
        if (newEnd == null || !newEnd.isAfter(programme.getEndsOn())) {
            throw new BusinessRuleException("endsOn", "A no-cost extension needs an end date later than "
                    + programme.getEndsOn());
        }
        ProgrammeRevision revision = new ProgrammeRevision(programme, RevisionKind.NO_COST_EXTENSION, justification,
                by, at);
        revision.endsOnAfter = newEnd;
        return revision;
    }

    /** Applies the revision to the programme and keeps the budget as it was before. */
    public void approve(long decision, String by, Instant at) {
        requireRequested();
        programme.checkCanBeRevised();
        Budget before = programme.budget();
        endsOnBefore = programme.getEndsOn();
        if (kind == RevisionKind.BUDGET) {
            before.lines().forEach(l -> lines.add(new RevisionLine(RevisionLine.BEFORE, l.organisationId(),
                    l.category(), l.amount())));
            programme.revise(after());
        } else {
            programme.extendTo(endsOnAfter);
        }
        status = RevisionStatus.APPROVED;
        decisionId = decision;
        decidedBy = by;
        decidedAt = at;
    }

    public void refuse(String reason, String by, Instant at) {
        requireRequested();
        status = RevisionStatus.REFUSED;
        refusalReason = reason.strip();
        decidedBy = by;
        decidedAt = at;
    }

    private void requireRequested() {
        if (status != RevisionStatus.REQUESTED) {
            throw new ConflictException("The revision is already " + status);
        }
    }

    public Budget before() {
        return Budget.of(lines.stream().filter(l -> RevisionLine.BEFORE.equals(l.side())).map(RevisionLine::budgetLine)
                .toList());
    }

    public Budget after() {
        return Budget.of(lines.stream().filter(l -> RevisionLine.AFTER.equals(l.side())).map(RevisionLine::budgetLine)
                .toList());
    }

    public Long getId() {
        return id;
    }

    public JointProgramme getProgramme() {
        return programme;
    }

    public RevisionKind getKind() {
        return kind;
    }

    public RevisionStatus getStatus() {
        return status;
    }

    public String getJustification() {
        return justification;
    }

    public LocalDate getEndsOnBefore() {
        return endsOnBefore;
    }

    public LocalDate getEndsOnAfter() {
        return endsOnAfter;
    }

    public Long getDecisionId() {
        return decisionId;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
