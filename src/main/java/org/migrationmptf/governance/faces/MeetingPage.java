package org.migrationmptf.governance.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.migrationmptf.governance.api.AttendanceRequest;
import org.migrationmptf.governance.api.DecisionRegister;
import org.migrationmptf.governance.api.DecisionRequest;
import org.migrationmptf.governance.api.DecisionType;
import org.migrationmptf.governance.api.DecisionView;
import org.migrationmptf.governance.api.MeetingStatus;
import org.migrationmptf.governance.api.MeetingView;
import org.migrationmptf.governance.api.RecordRef;
import org.migrationmptf.governance.api.SteeringCommittee;
import org.migrationmptf.governance.service.GovernanceSettings;
import org.migrationmptf.platform.faces.Choices;
import org.migrationmptf.platform.faces.FacesErrors;
import org.migrationmptf.platform.faces.PageTexts;
import org.migrationmptf.platform.money.MoneyInput;
import org.migrationmptf.platform.security.CurrentUser;
import org.migrationmptf.platform.security.Roles;

/**
 * One Steering Committee meeting: the FMU records who attended (the quorum is shown as it changes), records that
 * the meeting was held, records its decisions, and approves the minutes.
 */
@Named
@ViewScoped
public class MeetingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SteeringCommittee committee;

    @Inject
    DecisionRegister register;

    @Inject
    GovernanceSettings settings;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private MeetingView meeting;
    private List<Long> present = new ArrayList<>();
    private final Map<String, Object> decisionForm = new HashMap<>();

    /** f:viewAction. */
    public void load() {
        meeting = committee.meeting(settings.defaultFund(), id == null ? 0 : id);
        present = new ArrayList<>(meeting.members().stream().filter(MeetingView.Attendee::present)
                .map(MeetingView.Attendee::memberId).toList());
        decisionForm.putIfAbsent("effectiveOn", meeting.meetsOn());
        decisionForm.putIfAbsent("currency", "USD");
    }

    public void saveAttendance() {
        act(() -> meeting = committee.recordAttendance(settings.defaultFund(), id, new AttendanceRequest(present)),
                "meeting.attendanceSaved", Map.of("presentMemberIds", "attendanceForm:present"));
    }

    public void markHeld() {
        act(() -> meeting = committee.markHeld(settings.defaultFund(), id), "meeting.markedHeld", Map.of());
    }

    public void approveMinutes() {
        act(() -> meeting = committee.approveMinutes(settings.defaultFund(), id), "meeting.minutesApproved", Map.of());
    }

    public void recordDecision() {
        act(() -> {
            DecisionView decision = register.record(settings.defaultFund(), id, decisionRequest());
            meeting = committee.meeting(settings.defaultFund(), id);
            decisionForm.clear();
            decisionForm.put("effectiveOn", meeting.meetsOn());
            decisionForm.put("currency", "USD");
            FacesErrors.done(PageTexts.text("meeting.decisionRecorded", decision.reference()));
        }, null, Map.ofEntries(Map.entry("type", "decisionForm:type"), Map.entry("title", "decisionForm:title"),
                Map.entry("text", "decisionForm:text"), Map.entry("effectiveOn", "decisionForm:effectiveOn"),
                Map.entry("amount", "decisionForm:amount"), Map.entry("amount.amount", "decisionForm:amount"),
                Map.entry("amount.currency", "decisionForm:currency"), Map.entry("subjects", "decisionForm:recordId"),
                Map.entry("subjects[0].recordType", "decisionForm:recordType"),
                Map.entry("subjects[0].recordId", "decisionForm:recordId"), Map.entry("supersedes", "decisionForm:supersedes"),
                Map.entry("meeting", "decisionForm:title")));
    }

    private DecisionRequest decisionRequest() {
        BigDecimal amount = (BigDecimal) decisionForm.get("amount");
        String recordType = (String) decisionForm.get("recordType");
        Long recordId = (Long) decisionForm.get("recordId");
        List<RecordRef> subjects = recordType == null || recordType.isBlank() ? List.of()
                : List.of(new RecordRef(recordType.strip().toUpperCase(), recordId));
        return new DecisionRequest(Choices.of(DecisionType.class, decisionForm.get("type")), (String) decisionForm.get("title"),
                (String) decisionForm.get("text"), (LocalDate) decisionForm.get("effectiveOn"),
                amount == null ? null : new MoneyInput(amount, (String) decisionForm.get("currency")), subjects,
                (String) decisionForm.get("supersedes"));
    }

    private void act(Runnable action, String doneKey, Map<String, String> inputs) {
        try {
            action.run();
            if (doneKey != null) {
                FacesErrors.done(PageTexts.text(doneKey));
            }
        } catch (RuntimeException e) {
            FacesErrors.show(e, inputs);
        }
    }

    public boolean isFundManager() {
        return currentUser.hasRole(Roles.FUND_MANAGER);
    }

    /** The FMU, or the chair, may record decisions while the meeting is held. */
    public boolean isDecisionsOpen() {
        return meeting.status() == MeetingStatus.HELD
                && (currentUser.hasRole(Roles.FUND_MANAGER) || currentUser.hasRole(Roles.SC_MEMBER));
    }

    public DecisionType[] getDecisionTypes() {
        return DecisionType.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MeetingView getMeeting() {
        return meeting;
    }

    public List<Long> getPresent() {
        return present;
    }

    public void setPresent(List<Long> present) {
        this.present = present;
    }

    public Map<String, Object> getDecisionForm() {
        return decisionForm;
    }
}
