package org.migrationmptf.governance.domain;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.migrationmptf.governance.api.DecisionType;
import org.migrationmptf.governance.api.MeetingStatus;
import org.migrationmptf.platform.audit.AuditedEntity;
import org.migrationmptf.platform.money.Money;
import org.migrationmptf.platform.persistence.ChangeNumbered;
import org.migrationmptf.platform.problem.BusinessRuleException;
import org.migrationmptf.platform.problem.ConflictException;

/**
 * A decision of the Steering Committee, taken by consensus at a held meeting with quorum. It has a type (what it
 * does), a text, an effective date, the records it acts on and, for money decisions, an amount. Programming acts
 * only on a decision that authorises the act. Once the meeting's minutes are approved the decision is final; a
 * correction is a new decision that supersedes it, and a superseded decision authorises nothing.
 */
@Entity
@ChangeNumbered
@Table(name = "decision", schema = "governance")
@NamedQuery(name = "Decision.countInYear", query = "select count(d) from Decision d where d.fund.id = :fund"
        + " and d.reference like :prefix")
@NamedQuery(name = "Decision.findSuperseding",
        query = "select d from Decision d where d.supersedes.id = :decision")
public class Decision extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "fund_id", nullable = false, updatable = false)
    private Fund fund;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @Column(nullable = false, unique = true, length = 40, updatable = false)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_type", nullable = false, length = 30)
    private DecisionType type;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 10000)
    private String text;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Column(precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(length = 3)
    private String currency;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supersedes_id", updatable = false)
    private Decision supersedes;

    @ElementCollection
    @CollectionTable(name = "decision_subject", schema = "governance", joinColumns = @JoinColumn(name = "decision_id"))
    private Set<DecisionSubject> subjects = new HashSet<>();

    protected Decision() {
    }

    /**
     * @param reference the register's number, e.g. MIG-SC-2026-004
     * @param supersedes the decision this one corrects, or null
     */
    public Decision(Meeting meeting, String reference, DecisionContent content, Decision supersedes) {
        this.fund = meeting.getFund();
        this.meeting = meeting;
        this.reference = reference;
        if (supersedes != null) {
            if (!supersedes.fund.getId().equals(fund.getId())) {
                throw new BusinessRuleException("supersedes", "A decision can only supersede a decision of the same fund");
            }
            if (meeting.getMeetsOn().isBefore(supersedes.meeting.getMeetsOn())) {
                throw new BusinessRuleException("supersedes", "A correction is taken at the same or a later meeting than the decision it supersedes");
            }
        }
        this.supersedes = supersedes;
        apply(content);
    }

    /** Changes the decision's content: only until the minutes of its meeting are approved. */
    public void revise(DecisionContent content) {
        if (meeting.getStatus() == MeetingStatus.MINUTES_APPROVED) {
            throw new ConflictException("The minutes of the meeting of " + meeting.getMeetsOn() + " are approved: "
                    + "decision " + reference + " can no longer be edited. Record a new decision that supersedes it.");
        }
        apply(content);
    }

    private void apply(DecisionContent c) {
        if (c.effectiveOn().isBefore(meeting.getMeetsOn())) {
            throw new BusinessRuleException("effectiveOn", "A decision cannot take effect (" + c.effectiveOn()
                    + ") before the meeting that took it (" + meeting.getMeetsOn() + ")");
        }
        if (c.amount() != null && !c.amount().isPositive()) {
            throw new BusinessRuleException("amount", "The amount of a decision must be more than zero");
        }
        boolean money = c.type() == DecisionType.APPROVE_ALLOCATION || c.type() == DecisionType.INSTRUCT_TRANSFER
                || c.type() == DecisionType.APPROVE_DIRECT_COST;
        if (money && c.amount() == null) {
            throw new BusinessRuleException("amount", "A decision that moves money (" + c.type() + ") states the amount");
        }
        if (money && c.subjects().isEmpty()) {
            throw new BusinessRuleException("subjects", "A decision that moves money names the record it acts on");
        }
        this.type = c.type();
        this.title = c.title().strip();
        this.text = c.text().strip();
        this.effectiveOn = c.effectiveOn();
        this.amount = c.amount() == null ? null : c.amount().amount();
        this.currency = c.amount() == null ? null : c.amount().currency().getCurrencyCode();
        this.subjects.clear();
        this.subjects.addAll(c.subjects());
    }

    /**
     * Why this decision does not authorise the act, or null when it does: it must be of the act's type, name the
     * record, be in effect on the day, not be superseded, and cover the amount.
     */
    public String refusalFor(DecisionType act, DecisionSubject record, Money requested, LocalDate on,
                             boolean superseded) {
        if (superseded) {
            return "Decision " + reference + " has been superseded by a later decision";
        }
        if (type != act) {
            return "Decision " + reference + " is of type " + type + ", not " + act;
        }
        if (!subjects.contains(record)) {
            return "Decision " + reference + " does not act on " + record;
        }
        if (effectiveOn.isAfter(on)) {
            return "Decision " + reference + " takes effect on " + effectiveOn;
        }
        if (requested != null) {
            Money decided = getAmount();
            if (decided == null) {
                return "Decision " + reference + " states no amount";
            }
            if (!decided.currency().equals(requested.currency())) {
                return "Decision " + reference + " is in " + currency + ", not " + requested.currency().getCurrencyCode();
            }
            if (requested.isGreaterThan(decided)) {
                return "Decision " + reference + " authorises " + decided + ", less than the " + requested + " asked for";
            }
        }
        return null;
    }

    public Long getId() {
        return id;
    }

    public Fund getFund() {
        return fund;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public String getReference() {
        return reference;
    }

    public DecisionType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public String getText() {
        return text;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public Money getAmount() {
        return amount == null ? null : Money.of(amount, Money.currency(currency));
    }

    public Decision getSupersedes() {
        return supersedes;
    }

    public Set<DecisionSubject> getSubjects() {
        return Collections.unmodifiableSet(subjects);
    }
}
