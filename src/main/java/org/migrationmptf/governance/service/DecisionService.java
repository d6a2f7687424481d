package org.migrationmptf.governance.service;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.migrationmptf.governance.api.Authorisation;
import org.migrationmptf.governance.api.DecisionFilter;
import org.migrationmptf.governance.api.DecisionRegister;
import org.migrationmptf.governance.api.DecisionRequest;
import org.migrationmptf.governance.api.DecisionType;
import org.migrationmptf.governance.api.DecisionView;
import org.migrationmptf.governance.api.MeetingStatus;
import org.migrationmptf.governance.api.RecordRef;
import org.migrationmptf.governance.domain.CommitteeMember;
import org.migrationmptf.governance.domain.Decision;
import org.migrationmptf.governance.domain.DecisionContent;
import org.migrationmptf.governance.domain.DecisionSubject;
import org.migrationmptf.governance.domain.Fund;
import org.migrationmptf.governance.domain.Meeting;
import org.migrationmptf.platform.money.Money;
import org.migrationmptf.platform.money.MoneyView;
import org.migrationmptf.platform.persistence.ChangeNumbers;
import org.migrationmptf.platform.persistence.Where;
import org.migrationmptf.platform.problem.AccessDeniedException;
import org.migrationmptf.platform.problem.BusinessRuleException;
import org.migrationmptf.platform.problem.ConflictException;
import org.migrationmptf.platform.problem.RecordNotFoundException;
import org.migrationmptf.platform.security.CurrentUser;
import org.migrationmptf.platform.security.Roles;
import org.migrationmptf.platform.web.DateRange;
import org.migrationmptf.platform.web.Like;
import org.migrationmptf.platform.web.Page;
import org.migrationmptf.platform.web.PageRequest;

/**
 * The decision register. The FMU records decisions for the committee; so may the chair, for the meetings they
 * chair. Committee members, the Administrative Agent and auditors read the register; programming asks
 * {@link #authorisation} before it acts.
 */
@Stateless
@LocalBean
@Local(DecisionRegister.class)
@RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.AUDITOR})
public class DecisionService implements DecisionRegister {

    private static final String LIST = "select d from Decision d join fetch d.meeting m left join fetch d.supersedes s"
            + " where d.fund.id = :fund";
    @PersistenceContext
    EntityManager em;

    @Inject
    DecisionTotals totals;

    @Inject
    RecordNames names;

    @Inject
    CurrentUser currentUser;

    @Override
    @RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER})
    public DecisionView record(String fundCode, long meetingId, DecisionRequest request) {
        Fund fund = FundLookup.byCode(em, fundCode);
        Meeting meeting = CommitteeLookup.meeting(em, fund, meetingId);
        List<CommitteeMember> serving = CommitteeLookup.serving(em, meeting);
        checkMayRecord(serving);
        meeting.checkCanRecordDecision(meeting.quorum(serving.size()));
        Decision supersedes = request.supersedes() == null || request.supersedes().isBlank() ? null
                : byReference(fund, request.supersedes().strip());
        if (supersedes != null && !supersededBy(List.of(supersedes.getId())).isEmpty()) {
            throw new ConflictException("supersedes", "Decision " + supersedes.getReference() + " is already superseded");
        }
        Decision decision = new Decision(meeting, nextReference(fund, meeting.getMeetsOn()), content(request), supersedes);
        em.persist(decision);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new ConflictException("Another decision was recorded at the same moment; send the request again");
        }
        return view(decision, null);
    }

    @Override
    @RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER})
    public DecisionView revise(String fundCode, long decisionId, DecisionRequest request) {
        Decision decision = decision(FundLookup.byCode(em, fundCode), decisionId);
        checkMayRecord(CommitteeLookup.serving(em, decision.getMeeting()));
        String requested = request.supersedes() == null ? null : request.supersedes().strip();
        String current = decision.getSupersedes() == null ? null : decision.getSupersedes().getReference();
        if (requested != null && !requested.isEmpty() && !requested.equals(current)) {
            throw new BusinessRuleException("supersedes", "Which decision this one supersedes is fixed when it is recorded");
        }
        decision.revise(content(request));
        em.flush();
        return view(decision, supersededBy(List.of(decision.getId())).get(decision.getId()));
    }

    @Override
    public Page<DecisionView> decisions(String fundCode, DecisionFilter filter, PageRequest page) {
        long fund = names.fundId(fundCode);
        Where where = where(fund, filter);
        // Columns, not entities: a page leaves nothing for Hibernate to track. Each row carries the reference of
        // the decision it supersedes and of the one that superseded it, if any, in the same statement.
        List<Row> rows = where.bind(em.createQuery("select d.id, d.reference, m.id, m.meetsOn, m.status, d.type,"
                        + " d.title, d.text, d.effectiveOn, d.amount, d.currency, s.reference,"
                        + " (select max(x.reference) from Decision x where x.supersedes = d), d.version"
                        + " from Decision d join d.meeting m left join d.supersedes s"
                        + where.clause() + " order by d.effectiveOn desc, d.reference desc", Row.class))
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = totals.get(List.of(ChangeNumbers.current(em, Decision.class), where.key()), () -> where.bind(
                em.createQuery("select count(d) from Decision d" + where.clause(), Long.class)).getSingleResult());
        String code = names.fundCodes(List.of(fund)).get(fund);
        Map<Long, List<RecordRef>> subjects = subjects(rows.stream().map(Row::id).toList());
        return Page.of(rows.stream().map(r -> new DecisionView(r.id(), r.reference(), code, r.meetingId(),
                r.meetsOn(), r.type(), r.title(), r.text(), r.effectiveOn(),
                r.amount() == null ? null : MoneyView.of(Money.of(r.amount(), Money.currency(r.currency()))),
                subjects.getOrDefault(r.id(), List.of()), r.supersedes(), r.supersededBy(),
                r.meetingStatus() == MeetingStatus.MINUTES_APPROVED, r.version())).toList(), page, total);
    }

    /** A decision as the register lists it, read as values (Hibernate calls the constructor with the columns). */
    public record Row(Long id, String reference, Long meetingId, LocalDate meetsOn, MeetingStatus meetingStatus,
                      DecisionType type, String title, String text, LocalDate effectiveOn, BigDecimal amount,
                      String currency, String supersedes, String supersededBy, Long version) {
    }

    /** The records each decision acts on, in one statement for a page of decisions, in the order views give them. */
    private Map<Long, List<RecordRef>> subjects(List<Long> decisionIds) {
        Map<Long, List<RecordRef>> subjects = new HashMap<>();
        if (decisionIds.isEmpty()) {
            return subjects;
        }
        em.createQuery("select d.id, r.recordType, r.recordId from Decision d join d.subjects r where d.id in :ids",
                Object[].class).setParameter("ids", decisionIds).getResultList().forEach(r -> subjects
                .computeIfAbsent((Long) r[0], k -> new java.util.ArrayList<>()).add(new RecordRef((String) r[1], (Long) r[2])));
        subjects.values().forEach(refs -> refs.sort(SUBJECT_ORDER));
        return subjects;
    }

    private static final java.util.Comparator<RecordRef> SUBJECT_ORDER =
            (a, b) -> (a.recordType() + a.recordId()).compareTo(b.recordType() + b.recordId());

    @Override
    public DecisionView decision(String fundCode, long decisionId) {
        Decision decision = decision(FundLookup.byCode(em, fundCode), decisionId);
        return view(decision, supersededBy(List.of(decisionId)).get(decisionId));
    }

    @Override
    @PermitAll
    public Authorisation authorisation(long decisionId, DecisionType act, String recordType, long recordId,
                                       Money amount) {
        Decision decision = em.find(Decision.class, decisionId);
        if (decision == null) {
            return new Authorisation(false, null, "There is no decision " + decisionId);
        }
        boolean superseded = !supersededBy(List.of(decisionId)).isEmpty();
        String refusal = decision.refusalFor(act, new DecisionSubject(recordType, recordId), amount, LocalDate.now(),
                superseded);
        return new Authorisation(refusal == null, decision.getReference(), refusal);
    }

    @Override
    @PermitAll
    public java.util.Optional<Money> decisionAmount(long decisionId) {
        Decision decision = em.find(Decision.class, decisionId);
        return decision == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(decision.getAmount());
    }

    /** The decisions of one meeting, for the meeting's view (not part of the module's api). */
    public List<DecisionView> ofMeeting(Meeting meeting) {
        List<Decision> rows = em.createQuery(LIST + " and m.id = :meeting order by d.reference", Decision.class)
                .setParameter("fund", meeting.getFund().getId()).setParameter("meeting", meeting.getId())
                .getResultList();
        Map<Long, String> replaced = supersededBy(rows.stream().map(Decision::getId).toList());
        return rows.stream().map(d -> view(d, replaced.get(d.getId()))).toList();
    }

    /** The FMU records any decision; a committee member only if they chair the meeting's committee. */
    private void checkMayRecord(List<CommitteeMember> serving) {
        if (currentUser.hasRole(Roles.FUND_MANAGER)) {
            return;
        }
        String user = currentUser.getName();
        boolean chair = serving.stream().anyMatch(m -> m.isChair() && user != null && user.equals(m.getUserName()));
        if (!chair) {
            throw new AccessDeniedException("Decisions are recorded by the Fund Management Unit or by the committee's chair");
        }
    }

    private String nextReference(Fund fund, LocalDate meetingDate) {
        String prefix = fund.getCode() + "-SC-" + meetingDate.getYear() + "-";
        long taken = em.createNamedQuery("Decision.countInYear", Long.class).setParameter("fund", fund.getId())
                .setParameter("prefix", prefix + "%").getSingleResult();
        return prefix + String.format("%03d", taken + 1);
    }

    private Decision decision(Fund fund, long decisionId) {
        Decision decision = em.find(Decision.class, decisionId);
        if (decision == null || !decision.getFund().getId().equals(fund.getId())) {
            throw new RecordNotFoundException("decisionId", "Fund " + fund.getCode() + " has no decision " + decisionId);
        }
        return decision;
    }

    private Decision byReference(Fund fund, String reference) {
        return em.createQuery("select d from Decision d where d.fund.id = :fund and d.reference = :reference",
                        Decision.class)
                .setParameter("fund", fund.getId()).setParameter("reference", reference).getResultList().stream()
                .findFirst().orElseThrow(() -> new BusinessRuleException("supersedes", "Fund " + fund.getCode()
                        + " has no decision " + reference + " to supersede"));
    }

    /** For each of these decisions that has been superseded, the reference of the decision that replaced it. */
    private Map<Long, String> supersededBy(Collection<Long> ids) {
        Map<Long, String> replaced = new HashMap<>();
        if (ids.isEmpty()) {
            return replaced;
        }
        for (Object[] row : em.createQuery("select d.supersedes.id, d.reference from Decision d"
                + " where d.supersedes.id in :ids", Object[].class).setParameter("ids", ids).getResultList()) {
            replaced.put((Long) row[0], (String) row[1]);
        }
        return replaced;
    }

    /** The decisions of a fund that pass the filters the caller gave (only those). */
    private static Where where(long fund, DecisionFilter f) {
        Where where = new Where().and("d.fund.id = :fund", "fund", fund);
        if (f.type() != null) {
            where.and("d.type = :type", "type", f.type());
        }
        if (f.from() != null) {
            where.and("d.effectiveOn >= :from", "from", DateRange.from(f.from()));
        }
        if (f.to() != null) {
            where.and("d.effectiveOn <= :to", "to", DateRange.to(f.to()));
        }
        if (f.q() != null) {
            where.and("(lower(d.title) like :q escape '!' or lower(d.text) like :q escape '!'"
                    + " or lower(d.reference) like :q escape '!')", "q", Like.containing(f.q()));
        }
        if (f.recordType() != null && f.recordId() == null) {
            where.and("exists (select 1 from Decision x join x.subjects r where x = d and r.recordType = :recordType)",
                    "recordType", f.recordType());
        } else if (f.recordType() != null) {
            where.and("exists (select 1 from Decision x join x.subjects r where x = d and r.recordType = :recordType"
                    + " and r.recordId = :recordId)", "recordType", f.recordType(), "recordId", f.recordId());
        }
        return where;
    }

    private static DecisionContent content(DecisionRequest r) {
        Money amount;
        try {
            amount = r.amount() == null ? null : r.amount().toMoney();
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("amount.currency", e.getMessage());
        }
        Set<DecisionSubject> subjects = new LinkedHashSet<>();
        if (r.subjects() != null) {
            r.subjects().forEach(s -> subjects.add(new DecisionSubject(s.recordType(), s.recordId())));
        }
        return new DecisionContent(r.type(), r.title(), r.text(), r.effectiveOn(), amount, subjects);
    }

    static DecisionView view(Decision d, String supersededBy) {
        return view(d, d.getFund().getCode(), supersededBy);
    }

    private static DecisionView view(Decision d, String fundCode, String supersededBy) {
        List<RecordRef> subjects = d.getSubjects().stream()
                .map(s -> new RecordRef(s.getRecordType(), s.getRecordId()))
                .sorted(SUBJECT_ORDER)
                .toList();
        Meeting m = d.getMeeting();
        return new DecisionView(d.getId(), d.getReference(), fundCode, m.getId(), m.getMeetsOn(),
                d.getType(), d.getTitle(), d.getText(), d.getEffectiveOn(), MoneyView.of(d.getAmount()), subjects,
                d.getSupersedes() == null ? null : d.getSupersedes().getReference(), supersededBy,
                m.getStatus() == MeetingStatus.MINUTES_APPROVED, d.getVersion());
    }
}
