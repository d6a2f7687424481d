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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.migrationmptf.governance.api.MeetingStatus;
import org.migrationmptf.platform.audit.AuditedEntity;
import org.migrationmptf.platform.problem.BusinessRuleException;
import org.migrationmptf.platform.problem.ConflictException;

/**
 * A meeting of a fund's Steering Committee. It is scheduled with an agenda, held (the FMU records who attended;
 * decisions are recorded while it is held and quorate), and closed when its minutes are approved, after which
 * neither its attendance nor its decisions change.
 */
@Entity
@Table(name = "meeting", schema = "governance")
@NamedQuery(name = "Meeting.findByFund", query = "select m from Meeting m where m.fund.id = :fund"
        + " and (:status is null or m.status = :status)"
        + " and m.meetsOn >= :from and m.meetsOn <= :to"
        + " order by m.meetsOn desc, m.id desc")
@NamedQuery(name = "Meeting.countByFund", query = "select count(m) from Meeting m where m.fund.id = :fund"
        + " and (:status is null or m.status = :status)"
        + " and m.meetsOn >= :from and m.meetsOn <= :to")
public class Meeting extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "fund_id", nullable = false, updatable = false)
    private Fund fund;

    @Column(name = "meets_on", nullable = false)
    private LocalDate meetsOn;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 200)
    private String location;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingStatus status;

    @ElementCollection
    @CollectionTable(name = "meeting_agenda_item", schema = "governance", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    @Column(name = "item", nullable = false, length = 500)
    private List<String> agenda = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "meeting_attendance", schema = "governance", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "member_id", nullable = false)
    private Set<Long> presentMemberIds = new HashSet<>();

    protected Meeting() {
    }

    public Meeting(Fund fund, LocalDate meetsOn, String title, String location, List<String> agenda) {
        this.fund = fund;
        this.status = MeetingStatus.SCHEDULED;
        reschedule(meetsOn, title, location, agenda);
    }

    /** Changes date, title, place or agenda: only before the meeting is held. */
    public final void reschedule(LocalDate date, String newTitle, String newLocation, List<String> newAgenda) {
        if (status != MeetingStatus.SCHEDULED) {
            throw new ConflictException("The meeting of " + meetsOn + " is " + describe(status)
                    + ": its date and agenda can no longer change");
        }
        this.meetsOn = date;
        this.title = newTitle.strip();
        this.location = newLocation == null || newLocation.isBlank() ? null : newLocation.strip();
        this.agenda.clear();
        if (newAgenda != null) {
            newAgenda.stream().filter(item -> item != null && !item.isBlank()).map(String::strip).forEach(agenda::add);
        }
    }

    /**
     * Records who attended. Only members serving on the meeting's date count, and attendance is closed with the
     * minutes.
     */
    public void recordAttendance(Collection<Long> present, Collection<CommitteeMember> serving) {
        if (status == MeetingStatus.MINUTES_APPROVED) {
            throw new ConflictException("The minutes of the meeting of " + meetsOn
                    + " are approved: its attendance can no longer change");
        }
        Set<Long> servingIds = serving.stream().map(CommitteeMember::getId).collect(Collectors.toSet());
        List<Long> strangers = present.stream().filter(id -> !servingIds.contains(id)).sorted().toList();
        if (!strangers.isEmpty()) {
            throw new BusinessRuleException("presentMemberIds", "Not members of this committee serving on "
                    + meetsOn + ": " + strangers);
        }
        presentMemberIds.clear();
        presentMemberIds.addAll(present);
    }

    /** The meeting took place: from now on its decisions can be recorded. It cannot be held before its date. */
    public void markHeld(LocalDate today) {
        if (status != MeetingStatus.SCHEDULED) {
            throw new ConflictException("The meeting of " + meetsOn + " is already " + describe(status));
        }
        if (meetsOn.isAfter(today)) {
            throw new BusinessRuleException("meetsOn", "The meeting is scheduled for " + meetsOn
                    + ": it cannot be recorded as held before that day");
        }
        status = MeetingStatus.HELD;
    }

    /** Closes the record of the meeting: attendance and decisions are final. */
    public void approveMinutes() {
        if (status != MeetingStatus.HELD) {
            throw new ConflictException("Only the minutes of a held meeting can be approved; this one is "
                    + describe(status));
        }
        status = MeetingStatus.MINUTES_APPROVED;
    }

    public Quorum quorum(int membersServing) {
        return new Quorum(membersServing, presentMemberIds.size(), fund.quorumOf(membersServing));
    }

    /**
     * The Steering Committee decides by consensus at a held meeting that has its quorum; a decision is recorded
     * only then, and only until the minutes are approved.
     */
    public void checkCanRecordDecision(Quorum quorum) {
        if (status == MeetingStatus.SCHEDULED) {
            throw new BusinessRuleException("meeting", "The meeting of " + meetsOn
                    + " has not been held yet: record its decisions once it is held");
        }
        if (status == MeetingStatus.MINUTES_APPROVED) {
            throw new ConflictException("The minutes of the meeting of " + meetsOn
                    + " are approved: its decisions are final. Record a correction at a later meeting.");
        }
        if (!quorum.isMet()) {
            throw new BusinessRuleException("meeting", "The meeting had no quorum: " + quorum.present()
                    + " of " + quorum.serving() + " members present, " + quorum.required() + " needed");
        }
    }

    private static String describe(MeetingStatus s) {
        return switch (s) {
            case SCHEDULED -> "scheduled";
            case HELD -> "held";
            case MINUTES_APPROVED -> "closed (minutes approved)";
        };
    }

    public Long getId() {
        return id;
    }

    public Fund getFund() {
        return fund;
    }

    public LocalDate getMeetsOn() {
        return meetsOn;
    }

    public String getTitle() {
        return title;
    }

    public String getLocation() {
        return location;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public List<String> getAgenda() {
        return Collections.unmodifiableList(agenda);
    }

    public Set<Long> getPresentMemberIds() {
        return Collections.unmodifiableSet(presentMemberIds);
    }
}
