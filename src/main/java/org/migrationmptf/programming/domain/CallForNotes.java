package org.migrationmptf.programming.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.migrationmptf.platform.audit.AuditedEntity;
import org.migrationmptf.platform.problem.BusinessRuleException;
import org.migrationmptf.platform.problem.ConflictException;
import org.migrationmptf.programming.api.CallStatus;
import org.migrationmptf.programming.api.Scope;

/**
 * A call for concept notes: the fund invites joint programme ideas within a submission window, for some scopes
 * (national, regional, global) and thematic areas, each note within a budget ceiling and a longest duration.
 * Drafted, opened, closed, decided.
 */
@Entity
@Table(name = "call_for_notes", schema = "programming")
@NamedQuery(name = "CallForNotes.findByFund", query = "select c from CallForNotes c where c.fundId = :fund"
        + " and (:status is null or c.status = :status) and (:hidden is null or c.status <> :hidden)"
        + " order by c.opensOn desc, c.id desc")
@NamedQuery(name = "CallForNotes.countByFund", query = "select count(c) from CallForNotes c where c.fundId = :fund"
        + " and (:status is null or c.status = :status) and (:hidden is null or c.status <> :hidden)")
public class CallForNotes extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "fund_id", nullable = false, updatable = false)
    private long fundId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(name = "budget_ceiling", nullable = false, precision = 19, scale = 4)
    private BigDecimal budgetCeiling;

    @Column(name = "max_duration_months", nullable = false)
    private int maxDurationMonths;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CallStatus status;

    @ElementCollection
    @CollectionTable(name = "call_scope", schema = "programming", joinColumns = @JoinColumn(name = "call_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "scope", nullable = false, length = 10)
    private Set<Scope> scopes = EnumSet.noneOf(Scope.class);

    @ElementCollection
    @CollectionTable(name = "call_thematic_area", schema = "programming", joinColumns = @JoinColumn(name = "call_id"))
    @Column(name = "area_number", nullable = false)
    private Set<Integer> thematicAreas = new TreeSet<>();

    protected CallForNotes() {
    }

    public CallForNotes(long fundId, String title, LocalDate opensOn, LocalDate closesOn, BigDecimal budgetCeiling,
                        int maxDurationMonths, Set<Scope> scopes, Set<Integer> thematicAreas) {
        if (closesOn.isBefore(opensOn)) {
            throw new BusinessRuleException("closesOn", "A call cannot close (" + closesOn + ") before it opens (" + opensOn + ")");
        }
        if (scopes.isEmpty()) {
            throw new BusinessRuleException("scopes", "A call names at least one scope");
        }
        this.fundId = fundId;
        this.title = title.strip();
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.budgetCeiling = budgetCeiling;
        this.maxDurationMonths = maxDurationMonths;
        this.status = CallStatus.DRAFT;
        this.scopes.addAll(scopes);
        this.thematicAreas.addAll(thematicAreas);
    }

    /** Publishes the call: organisations can draft and submit notes to it within its window. */
    public void open() {
        if (status != CallStatus.DRAFT) {
            throw new ConflictException("The call is " + status + ": only a draft call can be opened");
        }
        status = CallStatus.OPEN;
    }

    /** Ends the submission period; the notes received go on to review. */
    public void close() {
        if (status != CallStatus.OPEN) {
            throw new ConflictException("The call is " + status + ": only an open call can be closed");
        }
        status = CallStatus.CLOSED;
    }

    /** The committee has decided every note that went to review: the call's work is done. */
    public void decide(long notesStillUnderReview) {
        if (status != CallStatus.CLOSED) {
            throw new ConflictException("The call is " + status + ": only a closed call can be marked decided");
        }
        if (notesStillUnderReview > 0) {
            throw new ConflictException(notesStillUnderReview + " concept note(s) of this call are still under review:"
                    + " the Steering Committee decides them first");
        }
        status = CallStatus.DECIDED;
    }

    /** Whether a note can be submitted to this call on that day. */
    public boolean acceptsSubmissionsOn(LocalDate day) {
        return status == CallStatus.OPEN && !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    public Long getId() {
        return id;
    }

    public long getFundId() {
        return fundId;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public BigDecimal getBudgetCeiling() {
        return budgetCeiling;
    }

    public int getMaxDurationMonths() {
        return maxDurationMonths;
    }

    public CallStatus getStatus() {
        return status;
    }

    public Set<Scope> getScopes() {
        return Collections.unmodifiableSet(scopes);
    }

    public Set<Integer> getThematicAreas() {
        return Collections.unmodifiableSet(thematicAreas);
    }
}
