package org.migrationmptf.governance.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.migrationmptf.platform.web.Page;
import org.migrationmptf.platform.web.PageRequest;

/**
 * A fund's Steering Committee: its members and meetings. The FMU records members, schedules meetings, records
 * attendance, marks a meeting held and approves its minutes.
 */
public interface SteeringCommittee {

    Page<CommitteeMemberView> members(String fund, @NotNull @Valid MemberFilter filter, @NotNull @Valid PageRequest page);

    CommitteeMemberView addMember(String fund, @NotNull(message = "a body is required") @Valid CommitteeMemberRequest request);

    CommitteeMemberView updateMember(String fund, long memberId,
                                     @NotNull(message = "a body is required") @Valid CommitteeMemberRequest request);

    Page<MeetingSummary> meetings(String fund, @NotNull @Valid MeetingFilter filter, @NotNull @Valid PageRequest page);

    MeetingView meeting(String fund, long meetingId);

    MeetingView scheduleMeeting(String fund, @NotNull(message = "a body is required") @Valid MeetingRequest request);

    MeetingView rescheduleMeeting(String fund, long meetingId,
                                  @NotNull(message = "a body is required") @Valid MeetingRequest request);

    MeetingView recordAttendance(String fund, long meetingId,
                                 @NotNull(message = "a body is required") @Valid AttendanceRequest request);

    MeetingView markHeld(String fund, long meetingId);

    MeetingView approveMinutes(String fund, long meetingId);
}
