package org.migrationmptf.governance.service;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.migrationmptf.governance.domain.CommitteeMember;
import org.migrationmptf.governance.domain.Fund;
import org.migrationmptf.governance.domain.Meeting;
import org.migrationmptf.platform.problem.RecordNotFoundException;

/** Finding a fund's meetings and the members serving on a meeting's date, for the committee's services. */
final class CommitteeLookup {

    private CommitteeLookup() {
    }

    static Meeting meeting(EntityManager em, Fund fund, long meetingId) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        if (meeting == null || !meeting.getFund().getId().equals(fund.getId())) {
            throw new RecordNotFoundException("meetingId", "Fund " + fund.getCode() + " has no meeting " + meetingId);
        }
        return meeting;
    }

    static List<CommitteeMember> serving(EntityManager em, Meeting meeting) {
        return em.createNamedQuery("CommitteeMember.servingOn", CommitteeMember.class)
                .setParameter("fund", meeting.getFund().getId()).setParameter("date", meeting.getMeetsOn())
                .getResultList();
    }
}
