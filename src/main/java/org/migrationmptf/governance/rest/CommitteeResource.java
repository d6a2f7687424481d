package org.migrationmptf.governance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migrationmptf.governance.api.AttendanceRequest;
import org.migrationmptf.governance.api.CommitteeMemberRequest;
import org.migrationmptf.governance.api.CommitteeMemberView;
import org.migrationmptf.governance.api.DecisionRegister;
import org.migrationmptf.governance.api.DecisionRequest;
import org.migrationmptf.governance.api.DecisionView;
import org.migrationmptf.governance.api.MeetingFilter;
import org.migrationmptf.governance.api.MeetingRequest;
import org.migrationmptf.governance.api.MeetingSummary;
import org.migrationmptf.governance.api.MeetingView;
import org.migrationmptf.governance.api.MemberFilter;
import org.migrationmptf.governance.api.SteeringCommittee;
import org.migrationmptf.platform.security.Roles;
import org.migrationmptf.platform.web.Page;
import org.migrationmptf.platform.web.PageRequest;

/**
 * A fund's Steering Committee: members and meetings, attendance and the decisions taken. FUND_MANAGER writes;
 * SC_MEMBER, ADMIN_AGENT and AUDITOR read; the committee's chair also records decisions.
 */
@Path("/funds/{code}/committee")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER, Roles.ADMIN_AGENT, Roles.AUDITOR})
@Tag(name = "Steering Committee", description = "Members, meetings, attendance, quorum and decisions")
public class CommitteeResource {

    @Inject
    SteeringCommittee committee;

    @Inject
    DecisionRegister register;

    @Context
    UriInfo uriInfo;

    @PathParam("code")
    String fund;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv;qs=0.5", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;qs=0.5"})
    @Path("/members")
    @Operation(summary = "Committee members, paged; filter by constituency and servingOn (YYYY-MM-DD)")
    public Page<CommitteeMemberView> members(@BeanParam @Valid MemberFilter filter, @BeanParam @Valid PageRequest page) {
        return committee.members(fund, filter, page);
    }

    @POST
    @Path("/members")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(summary = "Add a member")
    public Response addMember(CommitteeMemberRequest request) {
        CommitteeMemberView member = committee.addMember(fund, request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(member.id())).build())
                .entity(member).build();
    }

    @PUT
    @Path("/members/{id}")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(summary = "Change a member's seat, term or chair flag")
    public CommitteeMemberView updateMember(@PathParam("id") long id, CommitteeMemberRequest request) {
        return committee.updateMember(fund, id, request);
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv;qs=0.5", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;qs=0.5"})
    @Path("/meetings")
    @Operation(summary = "Meetings, newest first, paged; filter by status, from, to")
    public Page<MeetingSummary> meetings(@BeanParam @Valid MeetingFilter filter, @BeanParam @Valid PageRequest page) {
        return committee.meetings(fund, filter, page);
    }

    @POST
    @Path("/meetings")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(summary = "Schedule a meeting with its agenda")
    public Response schedule(MeetingRequest request) {
        MeetingView meeting = committee.scheduleMeeting(fund, request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(meeting.id())).build())
                .entity(meeting).build();
    }

    @GET
    @Path("/meetings/{id}")
    @Operation(summary = "A meeting: agenda, members serving and present, quorum, decisions")
    public MeetingView meeting(@PathParam("id") long id) {
        return committee.meeting(fund, id);
    }

    @PUT
    @Path("/meetings/{id}")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(summary = "Change a scheduled meeting's date, title, place or agenda")
    public MeetingView reschedule(@PathParam("id") long id, MeetingRequest request) {
        return committee.rescheduleMeeting(fund, id, request);
    }

    @PUT
    @Path("/meetings/{id}/attendance")
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(summary = "Record who attended ({\"presentMemberIds\": [..]})")
    public MeetingView attendance(@PathParam("id") long id, AttendanceRequest request) {
        return committee.recordAttendance(fund, id, request);
    }

    @POST
    @Path("/meetings/{id}/held")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(summary = "Record that the meeting was held (not before its date)")
    public MeetingView held(@PathParam("id") long id) {
        return committee.markHeld(fund, id);
    }

    @POST
    @Path("/meetings/{id}/minutes-approval")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.FUND_MANAGER)
    @Operation(summary = "Approve the minutes: attendance and decisions become final")
    public MeetingView approveMinutes(@PathParam("id") long id) {
        return committee.approveMinutes(fund, id);
    }

    @POST
    @Path("/meetings/{id}/decisions")
    @RolesAllowed({Roles.FUND_MANAGER, Roles.SC_MEMBER})
    @Operation(summary = "Record a decision taken by consensus at a held meeting with quorum (FMU or the chair)")
    public Response recordDecision(@PathParam("id") long id, DecisionRequest request) {
        DecisionView decision = register.record(fund, id, request);
        return Response.created(uriInfo.getBaseUriBuilder().path("funds").path(fund).path("decisions")
                .path(String.valueOf(decision.id())).build()).entity(decision).build();
    }
}
