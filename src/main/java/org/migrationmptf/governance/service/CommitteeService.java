package org.migrationmptf.governance.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.migrationmptf.governance.api.AttendanceRequest;
import org.migrationmptf.governance.api.CommitteeMemberRequest;
import org.migrationmptf.governance.api.CommitteeMemberView;
import org.migrationmptf.governance.api.MeetingFilter;
import org.migrationmptf.governance.api.MeetingRequest;
import org.migrationmptf.governance.api.MeetingSummary;
import org.migrationmptf.governance.api.MeetingView;
import org.migrationmptf.governance.api.MemberFilter;
import org.migrationmptf.governance.api.SteeringCommittee;
import org.migrationmptf.governance.domain.CommitteeMember;
import org.migrationmptf.governance.domain.Fund;
import org.migrationmptf.governance.domain.Meeting;
import org.migrationmptf.governance.domain.Quorum;
import org.migrationmptf.platform.problem.BusinessRuleException;
import org.migrationmptf.platform.problem.RecordNotFoundException;
import org.migrationmptf.platform.security.Roles;
import org.migrationmptf.platform.web.DateRange;
import org.migrationmptf.platform.web.Page;
import org.migrationmptf.platform.web.PageRequest;

/**
 * Steering Committee members and meetings. The Fund Management Unit records; committee members, the
 * Administrative Agent and auditors read.
 */
@Stateless
@RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.AUDITOR})
public class CommitteeService implements SteeringCommittee {

    @PersistenceContext
    EntityManager em;

    @Inject
    DecisionService decisions;

    @Override
    public Page<CommitteeMemberView> members(String fundCode, MemberFilter filter, PageRequest page) {
        Fund fund = FundLookup.byCode(em, fundCode);
        List<CommitteeMember> rows = em.createNamedQuery("CommitteeMember.findByFund", CommitteeMember.class)
                .setParameter("fund", fund.getId()).setParameter("constituency", filter.constituency())
                .setParameter("anyDay", filter.servingOn() == null)
                .setParameter("servingOn", DateRange.from(filter.servingOn()))
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createNamedQuery("CommitteeMember.countByFund", Long.class)
                .setParameter("fund", fund.getId()).setParameter("constituency", filter.constituency())
                .setParameter("anyDay", filter.servingOn() == null)
                .setParameter("servingOn", DateRange.from(filter.servingOn())).getSingleResult();
        return Page.of(rows, page, total).map(CommitteeService::view);
    }

    @Override
    @RolesAllowed(Roles.FUND_MANAGER)
    public CommitteeMemberView addMember(String fundCode, CommitteeMemberRequest r) {
        Fund fund = FundLookup.byCode(em, fundCode);
        CommitteeMember member = new CommitteeMember(fund, r.fullName(), r.constituency(), r.seat(), r.termStart(),
                r.termEnd(), r.chair(), r.userName());
        checkOneChair(fund, member);
        em.persist(member);
        em.flush();
        return view(member);
    }

    @Override
    @RolesAllowed(Roles.FUND_MANAGER)
    public CommitteeMemberView updateMember(String fundCode, long memberId, CommitteeMemberRequest r) {
        Fund fund = FundLookup.byCode(em, fundCode);
        CommitteeMember member = member(fund, memberId);
        member.update(r.fullName(), r.constituency(), r.seat(), r.termStart(), r.termEnd(), r.chair(), r.userName());
        checkOneChair(fund, member);
        em.flush();
        return view(member);
    }

    /** The committee has one chair at a time: two chairs' terms may not overlap. */
    private void checkOneChair(Fund fund, CommitteeMember member) {
        if (!member.isChair()) {
            return;
        }
        em.createQuery("select m from CommitteeMember m where m.fund.id = :fund and m.chair = true", CommitteeMember.class)
                .setParameter("fund", fund.getId()).getResultList().stream()
                .filter(other -> !other.equals(member) && other.termOverlaps(member))
                .findFirst()
                .ifPresent(other -> {
                    throw new BusinessRuleException("chair", other.getFullName() + " chairs the committee from "
                            + other.getTermStart() + (other.getTermEnd() == null ? "" : " to " + other.getTermEnd())
                            + ": the terms of two chairs cannot overlap");
                });
    }

    @Override
    public Page<MeetingSummary> meetings(String fundCode, MeetingFilter filter, PageRequest page) {
        Fund fund = FundLookup.byCode(em, fundCode);
        List<Meeting> rows = em.createNamedQuery("Meeting.findByFund", Meeting.class)
                .setParameter("fund", fund.getId()).setParameter("status", filter.status())
                .setParameter("from", DateRange.from(filter.from())).setParameter("to", DateRange.to(filter.to()))
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createNamedQuery("Meeting.countByFund", Long.class)
                .setParameter("fund", fund.getId()).setParameter("status", filter.status())
                .setParameter("from", DateRange.from(filter.from())).setParameter("to", DateRange.to(filter.to())).getSingleResult();
        return Page.of(rows, page, total)
                .map(m -> new MeetingSummary(m.getId(), m.getMeetsOn(), m.getTitle(), m.getLocation(), m.getStatus()));
    }

    @Override
    public MeetingView meeting(String fundCode, long meetingId) {
        return view(meeting(FundLookup.byCode(em, fundCode), meetingId));
    }

    @Override
    @RolesAllowed(Roles.FUND_MANAGER)
    public MeetingView scheduleMeeting(String fundCode, MeetingRequest r) {
        Meeting meeting = new Meeting(FundLookup.byCode(em, fundCode), r.meetsOn(), r.title(), r.location(), r.agenda());
        em.persist(meeting);
        em.flush();
        return view(meeting);
    }

    @Override
    @RolesAllowed(Roles.FUND_MANAGER)
    public MeetingView rescheduleMeeting(String fundCode, long meetingId, MeetingRequest r) {
        Meeting meeting = meeting(FundLookup.byCode(em, fundCode), meetingId);
        meeting.reschedule(r.meetsOn(), r.title(), r.location(), r.agenda());
        em.flush();
        return view(meeting);
    }

    @Override
    @RolesAllowed(Roles.FUND_MANAGER)
    public MeetingView recordAttendance(String fundCode, long meetingId, AttendanceRequest r) {
        Meeting meeting = meeting(FundLookup.byCode(em, fundCode), meetingId);
        meeting.recordAttendance(r.presentMemberIds(), serving(meeting));
        em.flush();
        return view(meeting);
    }

    @Override
    @RolesAllowed(Roles.FUND_MANAGER)
    public MeetingView markHeld(String fundCode, long meetingId) {
        Meeting meeting = meeting(FundLookup.byCode(em, fundCode), meetingId);
        meeting.markHeld(LocalDate.now());
        em.flush();
        return view(meeting);
    }

    @Override
    @RolesAllowed(Roles.FUND_MANAGER)
    public MeetingView approveMinutes(String fundCode, long meetingId) {
        Meeting meeting = meeting(FundLookup.byCode(em, fundCode), meetingId);
        meeting.approveMinutes();
        em.flush();
        return view(meeting);
    }

    private Meeting meeting(Fund fund, long meetingId) {
        return CommitteeLookup.meeting(em, fund, meetingId);
    }

    private List<CommitteeMember> serving(Meeting meeting) {
        return CommitteeLookup.serving(em, meeting);
    }

    private CommitteeMember member(Fund fund, long memberId) {
        CommitteeMember member = em.find(CommitteeMember.class, memberId);
        if (member == null || !member.getFund().getId().equals(fund.getId())) {
            throw new RecordNotFoundException("memberId", "Fund " + fund.getCode() + " has no committee member " + memberId);
        }
        return member;
    }

    private MeetingView view(Meeting m) {
        List<CommitteeMember> serving = serving(m);
        Quorum q = m.quorum(serving.size());
        List<MeetingView.Attendee> members = serving.stream()
                .map(s -> new MeetingView.Attendee(s.getId(), s.getFullName(), s.getConstituency(), s.getSeat(),
                        s.isChair(), m.getPresentMemberIds().contains(s.getId())))
                .toList();
        return new MeetingView(m.getId(), m.getFund().getCode(), m.getMeetsOn(), m.getTitle(), m.getLocation(),
                m.getStatus(), List.copyOf(m.getAgenda()), members,
                new MeetingView.QuorumView(q.serving(), q.present(), q.required(), q.isMet()),
                decisions.ofMeeting(m), m.getVersion());
    }

    static CommitteeMemberView view(CommitteeMember m) {
        return new CommitteeMemberView(m.getId(), m.getFullName(), m.getConstituency(), m.getSeat(), m.getTermStart(),
                m.getTermEnd(), m.isChair(), m.getUserName(), m.getVersion());
    }
}
