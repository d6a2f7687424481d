package org.migrationmptf.governance.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.migrationmptf.governance.api.CommitteeMemberRequest;
import org.migrationmptf.governance.api.CommitteeMemberView;
import org.migrationmptf.governance.api.Constituency;
import org.migrationmptf.governance.api.MeetingFilter;
import org.migrationmptf.governance.api.MeetingRequest;
import org.migrationmptf.governance.api.MeetingSummary;
import org.migrationmptf.governance.api.MeetingView;
import org.migrationmptf.governance.api.MemberFilter;
import org.migrationmptf.governance.api.SteeringCommittee;
import org.migrationmptf.governance.service.GovernanceSettings;
import org.migrationmptf.platform.faces.Choices;
import org.migrationmptf.platform.faces.FacesErrors;
import org.migrationmptf.platform.faces.PageTexts;
import org.migrationmptf.platform.security.CurrentUser;
import org.migrationmptf.platform.security.Roles;
import org.migrationmptf.platform.web.PageRequest;

/**
 * The Steering Committee pages of the default fund: its members (the FMU adds members) and its meetings (the FMU
 * schedules a meeting and goes on to its page).
 */
@Named
@ViewScoped
public class CommitteePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SteeringCommittee committee;

    @Inject
    GovernanceSettings settings;

    @Inject
    CurrentUser currentUser;

    private List<CommitteeMemberView> members;
    private List<MeetingSummary> meetings;
    private final Map<String, Object> memberForm = new HashMap<>();
    private final Map<String, Object> meetingForm = new HashMap<>();

    public String getFund() {
        return settings.defaultFund();
    }

    public List<CommitteeMemberView> getMembers() {
        if (members == null) {
            members = committee.members(getFund(), new MemberFilter(null, null), new PageRequest(0, PageRequest.MAX_SIZE))
                    .items();
        }
        return members;
    }

    public List<MeetingSummary> getMeetings() {
        if (meetings == null) {
            meetings = committee.meetings(getFund(), new MeetingFilter(null, null, null),
                    new PageRequest(0, PageRequest.MAX_SIZE)).items();
        }
        return meetings;
    }

    public void addMember() {
        try {
            CommitteeMemberView added = committee.addMember(getFund(), new CommitteeMemberRequest(
                    (String) memberForm.get("fullName"), Choices.of(Constituency.class, memberForm.get("constituency")),
                    (String) memberForm.get("seat"), (LocalDate) memberForm.get("termStart"),
                    (LocalDate) memberForm.get("termEnd"), Boolean.TRUE.equals(memberForm.get("chair")),
                    (String) memberForm.get("userName")));
            members = null;
            memberForm.clear();
            FacesErrors.done(PageTexts.text("members.added", added.fullName()));
        } catch (RuntimeException e) {
            FacesErrors.show(e, Map.of("fullName", "memberForm:fullName", "constituency", "memberForm:constituency",
                    "seat", "memberForm:seat", "termStart", "memberForm:termStart", "termEnd", "memberForm:termEnd",
                    "chair", "memberForm:chair", "userName", "memberForm:userName"));
        }
    }

    /** Schedules the meeting and opens its page. */
    public String scheduleMeeting() {
        try {
            String agenda = (String) meetingForm.get("agenda");
            MeetingView meeting = committee.scheduleMeeting(getFund(), new MeetingRequest(
                    (LocalDate) meetingForm.get("meetsOn"), (String) meetingForm.get("title"),
                    (String) meetingForm.get("location"),
                    agenda == null ? List.of() : Arrays.stream(agenda.split("\\R")).filter(s -> !s.isBlank()).toList()));
            return "/governance/meeting.xhtml?faces-redirect=true&id=" + meeting.id();
        } catch (RuntimeException e) {
            FacesErrors.show(e, Map.of("meetsOn", "meetingForm:meetsOn", "title", "meetingForm:title",
                    "location", "meetingForm:location", "agenda", "meetingForm:agenda"));
            return null;
        }
    }

    public boolean isEditable() {
        return currentUser.hasRole(Roles.FUND_MANAGER);
    }

    public Constituency[] getConstituencies() {
        return Constituency.values();
    }

    public Map<String, Object> getMemberForm() {
        return memberForm;
    }

    public Map<String, Object> getMeetingForm() {
        return meetingForm;
    }
}
