package org.migrationmptf.governance.domain;

import jakarta.persistence.Column;
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
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.migrationmptf.governance.api.Constituency;
import org.migrationmptf.platform.audit.AuditedEntity;
import org.migrationmptf.platform.problem.BusinessRuleException;

/**
 * A member of a fund's Steering Committee: a person holding a seat for a constituency (a UN organisation, a
 * contributing state, a non-contributing state, civil society and other stakeholders) for a term. One member
 * chairs; for the Migration MPTF, IOM's Director General. Members serving on a meeting's date make its quorum.
 */
@Entity
@Table(name = "committee_member", schema = "governance")
@NamedQuery(name = "CommitteeMember.findByFund", query = "select m from CommitteeMember m where m.fund.id = :fund"
        + " and (:constituency is null or m.constituency = :constituency)"
        + " and (:anyDay = true or (m.termStart <= :servingOn and (m.termEnd is null or m.termEnd >= :servingOn)))"
        + " order by m.constituency, m.seat, m.termStart")
@NamedQuery(name = "CommitteeMember.countByFund", query = "select count(m) from CommitteeMember m where m.fund.id = :fund"
        + " and (:constituency is null or m.constituency = :constituency)"
        + " and (:anyDay = true or (m.termStart <= :servingOn and (m.termEnd is null or m.termEnd >= :servingOn)))")
@NamedQuery(name = "CommitteeMember.servingOn", query = "select m from CommitteeMember m where m.fund.id = :fund"
        + " and m.termStart <= :date and (m.termEnd is null or m.termEnd >= :date) order by m.fullName")
public class CommitteeMember extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "fund_id", nullable = false, updatable = false)
    private Fund fund;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Constituency constituency;

    @Column(nullable = false, length = 200)
    private String seat;

    @Column(name = "term_start", nullable = false)
    private LocalDate termStart;

    @Column(name = "term_end")
    private LocalDate termEnd;

    @Column(nullable = false)
    private boolean chair;

    @Column(name = "user_name", length = 100)
    private String userName;

    protected CommitteeMember() {
    }

    public CommitteeMember(Fund fund, String fullName, Constituency constituency, String seat, LocalDate termStart,
                           LocalDate termEnd, boolean chair, String userName) {
        this.fund = fund;
        update(fullName, constituency, seat, termStart, termEnd, chair, userName);
    }

    public final void update(String newFullName, Constituency newConstituency, String newSeat, LocalDate start,
                             LocalDate end, boolean isChair, String newUserName) {
        checkTerm(start, end);
        this.fullName = newFullName.strip();
        this.constituency = newConstituency;
        this.seat = newSeat.strip();
        this.termStart = start;
        this.termEnd = end;
        this.chair = isChair;
        this.userName = newUserName == null || newUserName.isBlank() ? null : newUserName.strip();
    }

    static void checkTerm(LocalDate start, LocalDate end) {
        if (start == null) {
            throw new BusinessRuleException("termStart", "A member's term needs a start date");
        }
        if (end != null && end.isBefore(start)) {
            throw new BusinessRuleException("termEnd", "A term cannot end (" + end + ") before it starts (" + start + ")");
        }
    }

    /** Whether the member holds the seat on that day (the first and last days of the term included). */
    public boolean isServingOn(LocalDate day) {
        return !day.isBefore(termStart) && (termEnd == null || !day.isAfter(termEnd));
    }

    /** Whether the two members' terms share at least one day. */
    public boolean termOverlaps(CommitteeMember other) {
        LocalDate thisEnd = termEnd == null ? LocalDate.MAX : termEnd;
        LocalDate otherEnd = other.termEnd == null ? LocalDate.MAX : other.termEnd;
        return !termStart.isAfter(otherEnd) && !other.termStart.isAfter(thisEnd);
    }

    public Long getId() {
        return id;
    }

    public Fund getFund() {
        return fund;
    }

    public String getFullName() {
        return fullName;
    }

    public Constituency getConstituency() {
        return constituency;
    }

    public String getSeat() {
        return seat;
    }

    public LocalDate getTermStart() {
        return termStart;
    }

    public LocalDate getTermEnd() {
        return termEnd;
    }

    public boolean isChair() {
        return chair;
    }

    public String getUserName() {
        return userName;
    }
}
